using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data;

namespace TimelineApp.Generator;

/// <summary><c>-- generate N [--seed 42]</c>: adds N synthetic published events to the configured database.</summary>
internal static class GenerateVerb
{
    public const string Usage = "generate N [--seed 42]       add N synthetic published events (benchmarks, load tests)";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var seed = 42;
        int? count = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--seed" && i + 1 < args.Length && int.TryParse(args[++i], CultureInfo.InvariantCulture, out var s)) seed = s;
            else if (int.TryParse(args[i].Replace("_", ""), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n) && n > 0) count = n;
            else
            {
                await Console.Error.WriteLineAsync($"generate: '{args[i]}' is not understood. Usage: {Usage}");
                return 2;
            }
        }
        if (count is null)
        {
            await Console.Error.WriteLineAsync($"generate: how many events? Usage: {Usage}");
            return 2;
        }
        await Console.Out.WriteLineAsync($"Generating {count:N0} events (seed {seed})…");
        await EventGenerator.GenerateAsync(app.Services.GetRequiredService<IDbContextFactory<TimelineDb>>(), count.Value, seed,
            app.Services.GetRequiredService<IClock>(), Console.Out);
        return 0;
    }
}
