using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using TimelineApp.Seeding;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Seeding;

/// <summary>A broken seed file stops start-up, says where and what, and leaves the database without seed data.</summary>
public class MalformedSeedTests
{
    private static async Task<SeedException> StartWithAsync(TempSeeds seeds, TimelineFactory factory)
    {
        factory.With("Seeds:Path", seeds.Path);
        var ex = await Record.ExceptionAsync(() => Task.Run(() => factory.CreateClient()));
        Assert.NotNull(ex);
        var seedError = FindSeedException(ex);
        Assert.True(seedError is not null, $"expected a SeedException, got {ex}");
        return seedError;
    }

    private static SeedException? FindSeedException(Exception? ex) => ex switch
    {
        null => null,
        SeedException s => s,
        AggregateException a => a.InnerExceptions.Select(FindSeedException).FirstOrDefault(s => s is not null),
        _ => FindSeedException(ex.InnerException),
    };

    private static long CountRows(string dbPath, string table)
    {
        using var c = new SqliteConnection($"Data Source={dbPath};Pooling=False");
        c.Open();
        using var exists = c.CreateCommand();
        exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = $t";
        exists.Parameters.AddWithValue("$t", table);
        if ((long)exists.ExecuteScalar()! == 0) return 0;
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT count(*) FROM \"{table}\"";
        return (long)cmd.ExecuteScalar()!;
    }

    private static async Task AssertRejectedAsync(Action<JsonObject> corrupt, params string[] expectedInMessage)
    {
        using var seeds = new TempSeeds();
        seeds.EditEvents(corrupt);
        using var factory = new TimelineFactory();

        var ex = await StartWithAsync(seeds, factory);

        Assert.StartsWith("seeds/events.json", ex.Message);
        foreach (var part in expectedInMessage) Assert.Contains(part, ex.Message);
        foreach (var table in new[] { "Events", "EventTypes", "Articles", "Places", "Actors", "Citations", "Claims", "Revisions" })
            Assert.Equal(0, CountRows(factory.DatabasePath, table));
    }

    [Fact]
    public Task A_date_that_does_not_exist_is_rejected_naming_the_entry() =>
        AssertRejectedAsync(root => TempSeeds.Event(root, "al-qubba-bombings")["start"] = "2015-02-30",
            "event #20 'al-qubba-bombings'", "'start' is '2015-02-30'");

    [Fact]
    public Task An_end_before_the_start_is_rejected() =>
        AssertRejectedAsync(root => TempSeeds.Event(root, "shukri-washington-meeting")["end"] = "2015-02-18",
            "'shukri-washington-meeting'", "end '2015-02-18' is before start '2015-02-19'");

    [Fact]
    public Task An_unknown_place_key_is_rejected() =>
        AssertRejectedAsync(root => TempSeeds.Event(root, "egyptian-airstrikes-on-derna")["place"] = "atlantis",
            "'egyptian-airstrikes-on-derna'", "place 'atlantis' is not in 'places'");

    [Fact]
    public Task A_quote_that_is_not_in_the_article_is_rejected_saying_where_it_differs() =>
        AssertRejectedAsync(root =>
            {
                var citation = TempSeeds.Event(root, "egyptian-airstrikes-on-derna")["citations"]![0]!;
                citation["quote"] = "Sisi's government responded the following day by bombing what it said were 60 targets.";
            },
            "'egyptian-airstrikes-on-derna'", "citation #1 (vice-news-2015-02-17)", "does not occur verbatim", "by bombing what it said were ");

    [Fact]
    public Task An_unknown_type_is_rejected() =>
        AssertRejectedAsync(root => TempSeeds.Event(root, "qaddafi-overthrown")["type"] = "coup",
            "event #1 'qaddafi-overthrown'", "type 'coup'");

    [Fact]
    public Task Coordinates_out_of_range_are_rejected_naming_the_place() =>
        AssertRejectedAsync(root => root["places"]![0]!["latitude"] = 132.77,
            "place #1 'derna'", "latitude 132.77");

    [Fact]
    public Task A_duplicate_slug_is_rejected() =>
        AssertRejectedAsync(root => TempSeeds.Event(root, "obama-calls-for-war-on-is")["slug"] = "qaddafi-overthrown",
            "'qaddafi-overthrown'", "used twice");

    [Fact]
    public async Task Broken_json_is_rejected_naming_the_file_and_the_line()
    {
        using var seeds = new TempSeeds();
        var lines = File.ReadAllLines(seeds.EventsFile);
        var line = Array.FindIndex(lines, l => l.Contains("\"slug\": \"al-qubba-bombings\""));
        lines[line] = lines[line].Replace("\"al-qubba-bombings\",", "\"al-qubba-bombings\"");
        File.WriteAllLines(seeds.EventsFile, lines);
        using var factory = new TimelineFactory();

        var ex = await StartWithAsync(seeds, factory);

        Assert.StartsWith("seeds/events.json: not valid JSON at line ", ex.Message);
        Assert.Contains($"line {line + 2}", ex.Message);
        Assert.Equal(0, CountRows(factory.DatabasePath, "Events"));
    }
}
