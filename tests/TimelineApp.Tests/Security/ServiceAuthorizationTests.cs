using System.Reflection;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Editing;
using TimelineApp.Editing.Csv;
using TimelineApp.Editing.SourceForms;
using TimelineApp.Tests.Editing;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Security;

/// <summary>
/// Interactive pages act over the circuit, so their buttons are not HTTP endpoints: the services behind them check
/// the role themselves. Each write method, called directly by someone without the role, is refused and writes nothing.
/// </summary>
public class ServiceAuthorizationTests : IClassFixture<TimelineFactory>
{
    private readonly TimelineFactory _factory;
    private readonly EditingKit _kit;

    public ServiceAuthorizationTests(TimelineFactory factory)
    {
        _factory = factory;
        _kit = new EditingKit(factory);
    }

    private static readonly ClaimsPrincipal Reader = EditingKit.Person("reader@example.org", "Reader");

    private T Service<T>() where T : notnull => _factory.Services.GetRequiredService<T>();

    /// <summary>Method name → (role needed, the call made as a given person; true when it was refused).</summary>
    private Dictionary<string, (string Needs, Func<ClaimsPrincipal, int, Task<bool>> Call)> Actions() => new()
    {
        ["EventEditor.SaveAsync"] = ("Editor", async (who, _) => Denied(await Service<EventEditor>().SaveAsync(_kit.NewForm("Sneaked in"), who))),
        ["EventWorkflow.SubmitAsync"] = ("Editor", async (who, id) => Denied(await Service<EventWorkflow>().SubmitAsync(id, 1, who))),
        ["EventWorkflow.PublishAsync"] = ("Reviewer", async (who, id) => Denied(await Service<EventWorkflow>().PublishAsync(id, 1, who))),
        ["EventWorkflow.ReturnToDraftAsync"] = ("Reviewer", async (who, id) => Denied(await Service<EventWorkflow>().ReturnToDraftAsync(id, 1, who))),
        ["EventWorkflow.ArchiveAsync"] = ("Reviewer", async (who, id) => Denied(await Service<EventWorkflow>().ArchiveAsync(id, 1, who))),
        ["EventWorkflow.RestoreAsync"] = ("Reviewer", async (who, id) => Denied(await Service<EventWorkflow>().RestoreAsync(id, 1, who))),
        ["EventWorkflow.ApproveAsync"] = ("Reviewer", async (who, id) => Denied(await Service<EventWorkflow>().ApproveAsync(id, 1, who))),
        ["EventWorkflow.RejectAsync"] = ("Reviewer", async (who, id) => Denied(await Service<EventWorkflow>().RejectAsync(id, 1, who))),
        ["RevisionHistory.RestoreAsync"] = ("Editor", async (who, id) => Denied(await Service<RevisionHistory>().RestoreAsync(id, 1, 1, who))),
        ["SourceEditor.SaveAsync"] = ("Editor", async (who, _) => Denied(await Service<SourceEditor>().SaveAsync(NewArticle(), who))),
        ["SourceReview.AcceptAsync"] = ("Reviewer", async (who, _) => Denied(await Service<TimelineApp.Editing.SourceForms.SourceReview>().AcceptAsync(1, 0, who))),
        ["SourceReview.ApproveAsync"] = ("Reviewer", async (who, _) => Denied(await Service<TimelineApp.Editing.SourceForms.SourceReview>().ApproveAsync(1, 1, who))),
        ["SourceReview.RejectAsync"] = ("Reviewer", async (who, _) => Denied(await Service<TimelineApp.Editing.SourceForms.SourceReview>().RejectAsync(1, 1, who))),
        ["SourceReview.RestoreAsync"] = ("Editor", async (who, _) => Denied(await Service<TimelineApp.Editing.SourceForms.SourceReview>().RestoreAsync(1, 1, who))),
        ["SourceEditor.SetArchivedAsync"] = ("Reviewer", async (who, _) => Denied(await Service<SourceEditor>().SetArchivedAsync(1, true, who))),
        ["EventCsvImporter.ImportAsync"] = ("Editor", async (who, _) => (await Service<EventCsvImporter>().ImportAsync(
            new StringReader("title,summary,start_date,event_type\r\nSneaked in,By CSV.,2015-02-16,airstrike\r\n"), who, new ImportOptions())).Denied),
    };

    private static bool Denied(EditResult r) => r.Outcome == EditOutcome.Denied;

    private static SourceForm NewArticle() => new()
    {
        Outlet = "Sneaky Times", Author = "unknown", Headline = "Sneaked in", PublishedDate = "17 Feb 2015", Language = "en", Text = "Text.",
    };

    [Fact]
    public async Task Every_write_method_refuses_people_without_its_role_and_writes_nothing()
    {
        await using (var db = _factory.CreateDb()) Assert.True(await db.Events.AnyAsync(e => e.Id == 1));
        var before = await WriteFingerprint.OfAsync(_factory);
        var wrong = new List<string>();
        foreach (var (name, (needs, call)) in Actions())
        {
            ClaimsPrincipal[] refused = needs == "Reviewer" ? [EditingKit.Anonymous, Reader, EditingKit.AnEditor] : [EditingKit.Anonymous, Reader];
            foreach (var who in refused)
            {
                if (!await call(who, 1)) wrong.Add($"{name} was not refused to {who.Identity?.Name ?? "an anonymous caller"}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(before, await WriteFingerprint.OfAsync(_factory));
    }

    [Fact]
    public void Every_public_write_method_of_the_app_is_checked_here()
    {
        var writeResults = new[] { typeof(Task<EditResult>), typeof(Task<ImportReport>) };
        var inApp = typeof(EventEditor).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => writeResults.Contains(m.ReturnType)).Select(m => $"{t.Name}.{m.Name}"))
            .ToHashSet();
        Assert.True(inApp.SetEquals(Actions().Keys), $"Write methods not checked here: {string.Join(", ", inApp.Except(Actions().Keys))}");
    }
}
