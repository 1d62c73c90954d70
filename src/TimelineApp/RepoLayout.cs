namespace TimelineApp;

/// <summary>
/// Finds the folder that holds the owner's top-level layout (<c>appsettings.json</c>, <c>wwwroot/</c>,
/// <c>seeds/</c>): the repository root when started with <c>dotnet run</c> from the root or from the
/// project folder, or the application folder when published.
/// </summary>
public static class RepoLayout
{
    public static string FindContentRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "TimelineApp.sln"))) return dir.FullName;
            }
        }
        if (File.Exists(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))) return AppContext.BaseDirectory;
        throw new InvalidOperationException(
            $"Cannot find the TimelineApp folder (TimelineApp.sln or a published appsettings.json) from '{Directory.GetCurrentDirectory()}' or '{AppContext.BaseDirectory}'.");
    }
}
