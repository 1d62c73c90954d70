namespace TimelineApp.Tests.Infrastructure;

/// <summary>A real SQLite file in a fresh temp folder, deleted with the folder.</summary>
public sealed class TempDatabase : ITestDatabase
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("timeline-test-").FullName;
    public string Path => System.IO.Path.Combine(Folder, "timeline.db");
    public string ConnectionString => $"Data Source={Path}";
    public string Provider => "Sqlite";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
