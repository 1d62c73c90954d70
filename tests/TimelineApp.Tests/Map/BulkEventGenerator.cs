using System.Globalization;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace TimelineApp.Tests.Map;

/// <summary>
/// Fills a test database fast with plain SQL in one transaction: published events on generated places,
/// <paramref name="inWindow"/> of them in the window year and the rest spread over the years around it.
/// </summary>
public static class BulkEventGenerator
{
    public static readonly string[] Types = ["beheading", "airstrike", "bombing", "armed-clash", "un-appeal", "diplomatic-meeting", "statement", "pledge-of-allegiance", "election", "other"];
    private static readonly string[] Precisions = ["Exact", "Town", "Region", "Country"];

    public static void Insert(string connectionString, int total, int inWindow, int windowYear, int places = 3000, int seed = 42)
    {
        var random = new Random(seed);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var tx = connection.BeginTransaction();
        var firstPlace = NextId(connection, "Places");
        using (var place = Command(connection, "INSERT INTO Places (Name, Country, Latitude, Longitude, GeoPrecision) VALUES ($n, $c, $lat, $lng, $p)", "$n", "$c", "$lat", "$lng", "$p"))
        {
            for (var i = 0; i < places; i++)
            {
                // Most places in North Africa and the Middle East, the rest anywhere between 55°S and 65°N.
                var (lat, lng) = random.NextDouble() < 0.7
                    ? (15 + random.NextDouble() * 25, -5 + random.NextDouble() * 60)
                    : (-55 + random.NextDouble() * 120, -170 + random.NextDouble() * 340);
                Run(place, $"Generated place {i}", "ZZ", lat, lng, Precisions[random.Next(Precisions.Length)]);
            }
        }
        using (var ev = Command(connection, """
            INSERT INTO Events (Slug, Title, Summary, TypeId, StartDate, DatePrecision, Approximate, LastDate, DurationClass, PlaceId, Status, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy, Version)
            VALUES ($slug, $title, '', $type, $date, 'Day', 0, $date, 0, $place, 'Published', 0, 'generator', 0, 'generator', 1)
            """, "$slug", "$title", "$type", "$date", "$place"))
        {
            var windowStart = new LocalDate(windowYear, 1, 1);
            var otherStart = new LocalDate(windowYear - 15, 1, 1);
            var windowDays = Period.DaysBetween(windowStart, windowStart.PlusYears(1));
            for (var i = 0; i < total; i++)
            {
                // Outside the window: 19 years of days from windowYear - 15, stepping over the window year.
                var date = i < inWindow ? windowStart.PlusDays(random.Next(windowDays)) : otherStart.PlusDays(random.Next(19 * 365));
                if (i >= inWindow && date >= windowStart) date = date.PlusYears(1);
                var type = Types[random.Next(Types.Length)];
                Run(ev, $"generated-{i}", $"Generated {type} {i}", type, LocalDatePattern.Iso.Format(date), firstPlace + random.Next(places));
            }
        }
        tx.Commit();
    }

    private static long NextId(SqliteConnection connection, string table)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT COALESCE(MAX(Id), 0) + 1 FROM {table}";
        return (long)cmd.ExecuteScalar()!;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var p in parameters) cmd.Parameters.Add(new SqliteParameter { ParameterName = p });
        cmd.Prepare();
        return cmd;
    }

    private static void Run(SqliteCommand cmd, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i];
        cmd.ExecuteNonQuery();
    }
}
