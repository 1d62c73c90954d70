using System.Text.RegularExpressions;
using TimelineApp.Testing;

namespace TimelineApp.Tests.Docs;

/// <summary>The README and docs speak to a reader of the project: no internal issue numbers, nothing out of date about PostgreSQL.</summary>
public partial class DocsWordingTests
{
    private static IEnumerable<string> Documents()
    {
        var root = AppProcess.RepoRoot();
        return Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Append(Path.Combine(root, "README.md"));
    }

    [Fact]
    public void No_document_names_an_internal_issue_number()
    {
        var found = Documents().SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, i)))
            .Where(x => IssueNumber().IsMatch(x.line)).Select(x => $"{Path.GetFileName(x.file)}:{x.i + 1}: {x.line.Trim()}").ToList();
        Assert.Empty(found);
    }

    [Fact]
    public void The_PostgreSQL_guide_no_longer_lists_generate_and_autosave_as_missing()
    {
        var guide = File.ReadAllText(Path.Combine(AppProcess.RepoRoot(), "docs", "postgresql.md"));
        Assert.DoesNotContain("Not yet on PostgreSQL", guide);
        Assert.Contains("Port=", guide);
    }

    [GeneratedRegex(@"\bissues? #?\d+\b", RegexOptions.IgnoreCase)]
    private static partial Regex IssueNumber();
}
