using System.Globalization;

namespace TimelineApp.Benchmarks;

/// <summary>Command line: --sizes 10000,100000 --runs 15 --warmup 20 --seed 42 --out docs/benchmarks.md --explain.</summary>
internal sealed record BenchOptions(IReadOnlyList<int> Sizes, int Runs, int Warmup, int Seed, string Output, bool Explain)
{
    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions([10_000, 100_000], 15, 20, 42, Path.Combine("docs", "benchmarks.md"), false);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            o = args[i] switch
            {
                "--sizes" => o with { Sizes = Next().Split(',').Select(s => int.Parse(s.Replace("_", ""), CultureInfo.InvariantCulture)).ToList() },
                "--runs" => o with { Runs = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--warmup" => o with { Warmup = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--seed" => o with { Seed = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--out" => o with { Output = Next() },
                "--explain" => o with { Explain = true },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'. Options: --sizes 10000,100000,1000000 --runs 15 --warmup 20 --seed 42 --out docs/benchmarks.md --explain"),
            };
        }
        return o;
    }
}
