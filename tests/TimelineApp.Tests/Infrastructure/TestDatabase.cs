namespace TimelineApp.Tests.Infrastructure;

/// <summary>Where a test app keeps its data: its provider and connection string (the settings the app reads).</summary>
public interface ITestDatabase : IDisposable
{
    string Provider { get; }
    string ConnectionString { get; }
}

/// <summary>A fresh database on the shared throwaway PostgreSQL cluster (see <see cref="PostgresCluster"/>).</summary>
public sealed class PostgresTestDatabase : ITestDatabase
{
    public string Provider => "PostgreSQL";
    public string ConnectionString { get; } = PostgresCluster.CreateDatabase();

    public void Dispose() => Npgsql.NpgsqlConnection.ClearAllPools();
}
