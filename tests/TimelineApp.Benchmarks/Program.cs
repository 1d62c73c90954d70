using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using TimelineApp;
using TimelineApp.Benchmarks;

var options = BenchOptions.Parse(args);
static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
var loadBefore = Load();
var rows = new List<Row>();
var memory = new List<MemoryRow>();
var plans = new List<string>();
foreach (var size in options.Sizes.Order())
{
    var (path, generated) = await BenchDatabase.EnsureAsync(size, options.Seed);
    Console.WriteLine($"== {size:N0} events ({path})");
    var run = new SizeRun(options with { Explain = options.Explain || size == options.Sizes.Max() }, size, path);
    memory.Add(await run.RunAsync(generated));
    rows.AddRange(run.Rows);
    if (size == options.Sizes.Max()) plans = run.Plans;
    SqliteConnection.ClearAllPools();
}

string sqliteVersion;
using (var c = new SqliteConnection("Data Source=:memory:")) { c.Open(); sqliteVersion = c.ServerVersion; }
var environment = $"Measured {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, " +
    $"{RuntimeInformation.FrameworkDescription}, SQLite {sqliteVersion}, Release build; app and harness share one process. " +
    $"Load average (1/5/15 min) {loadBefore} at the start, {Load()} at the end: the machine is shared, so compare medians with minimums and CPU time.";
var markdown = Report.Build(options, rows, memory, environment, plans);
Console.WriteLine();
Console.WriteLine(markdown);
var output = Path.Combine(RepoLayout.FindContentRoot(), options.Output);
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
await File.WriteAllTextAsync(output, markdown);
Console.WriteLine($"Written to {output}");
