namespace TimelineApp.Tests.Durability;

public static class SqliteScalar
{
    /// <summary>The first column of the first row, read straight from the file (not through the app).</summary>
    public static object? Scalar(this Microsoft.Data.Sqlite.SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
