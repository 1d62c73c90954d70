using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TimelineApp.Data;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Data;

/// <summary>The DurationClass migration rebuilds Events: it must keep every row, every reference and the id sequence.</summary>
public class DurationClassMigrationTests
{
    private static TimelineDb Open(string connectionString) => new(new DbContextOptionsBuilder<TimelineDb>()
        .UseSqlite(connectionString).ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning)).Options);

    private static void Execute(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static List<string> Strings(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read()) rows.Add(string.Join("|", Enumerable.Range(0, r.FieldCount).Select(r.GetValue)));
        return rows;
    }

    [Fact]
    public void Existing_events_keep_their_rows_and_references_and_get_their_class()
    {
        using var file = new TempDatabase();
        using (var db = Open(file.ConnectionString)) db.GetService<IMigrator>().Migrate("20261121000000_Initial");
        using (var c = new SqliteConnection(file.ConnectionString + ";Pooling=False"))
        {
            c.Open();
            Execute(c, """
                INSERT INTO EventTypes VALUES ('bombing', 'Bombing', '#E69F00', 'star', 0, 0);
                INSERT INTO Articles (Key, Outlet, Author, Headline, PublishedDate, Language, Text, CreatedAt, CreatedBy, IsArchived)
                    VALUES ('a', 'Outlet', 'unknown', 'Headline', '2015-02-21', 'en', 'Text', 0, 'test', 0);
                INSERT INTO Events (Slug, Title, Summary, TypeId, StartDate, EndDate, DatePrecision, EndDatePrecision, Approximate, LastDate, Status, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy, Version) VALUES
                    ('day', 'Day', 's', 'bombing', '2015-02-20', NULL, 'Day', NULL, 0, '2015-02-20', 'Published', 0, 't', 0, 't', 1),
                    ('month', 'Month', 's', 'bombing', '2015-02-01', NULL, 'Month', NULL, 0, '2015-02-28', 'Draft', 0, 't', 0, 't', 1),
                    ('year', 'Year', 's', 'bombing', '2014-01-01', NULL, 'Year', NULL, 1, '2014-12-31', 'Published', 0, 't', 0, 't', 1),
                    ('years', 'Years', 's', 'bombing', '2011-01-01', '2014-01-01', 'Year', 'Year', 0, '2014-12-31', 'Published', 0, 't', 0, 't', 2);
                INSERT INTO Citations (EventId, ArticleId, Quote, SortOrder) VALUES (4, 1, 'Text', 0);
                """);
        }

        using (var db = Open(file.ConnectionString)) db.Database.Migrate();

        using var check = new SqliteConnection(file.ConnectionString + ";Pooling=False");
        check.Open();
        Assert.Equal(["1|day|0|Published", "2|month|0|Draft", "3|year|1|Published", "4|years|2|Published"],
            Strings(check, "SELECT Id, Slug, DurationClass, Status FROM Events ORDER BY Id"));
        Assert.Equal(["4|years"], Strings(check, "SELECT c.EventId, e.Slug FROM Citations c JOIN Events e ON e.Id = c.EventId"));
        Assert.Empty(Strings(check, "PRAGMA foreign_key_check"));
        Assert.Equal(["4"], Strings(check, "SELECT seq FROM sqlite_sequence WHERE name = 'Events'"));
        Assert.Empty(Strings(check, "SELECT name FROM sqlite_master WHERE name LIKE 'ef_temp%'"));
    }
}
