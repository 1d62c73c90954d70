using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace TimelineApp.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster from the installed server binaries, started once per test run on a free loopback
/// port in a temporary folder and stopped (-m immediate) when the test process exits, whatever the outcome.
/// </summary>
public static class PostgresCluster
{
    public const string InstallHint = "PostgreSQL server binaries were not found under /usr/lib/postgresql/*/bin; install them with `apt-get install -y postgresql` (no running service is needed).";

    private static readonly Lazy<Cluster> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder with initdb and pg_ctl, newest version first; null when PostgreSQL is not installed.</summary>
    public static string? BinDirectory { get; } = Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
        : null;

    /// <summary>Why PostgreSQL tests are skipped here, or null when they run (always with CI=true: there they fail instead).</summary>
    public static string? SkipReason => BinDirectory is null && !IsCi ? InstallHint : null;

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A fresh, empty database on the shared cluster; its connection string.</summary>
    public static string CreateDatabase()
    {
        var cluster = Shared.Value;
        var name = "timeline_" + Guid.NewGuid().ToString("N")[..16];
        using var connection = new NpgsqlConnection(cluster.ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        command.ExecuteNonQuery();
        return cluster.ConnectionString(name);
    }

    private static Cluster Start()
    {
        var bin = BinDirectory ?? throw new InvalidOperationException(InstallHint + (IsCi ? " (CI=true: PostgreSQL tests must run.)" : ""));
        var folder = Directory.CreateTempSubdirectory("timeline-pg-").FullName;
        var data = Path.Combine(folder, "data");
        var asRoot = Environment.UserName == "root";
        if (asRoot) Run("chown", ["postgres", folder]);
        var port = FreePort();
        Run(bin, asRoot, "initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-sync"]);
        // Durability off: a test cluster is thrown away, speed matters more.
        Run(bin, asRoot, "pg_ctl", ["-D", data, "-w", "-l", Path.Combine(folder, "server.log"), "-o",
            $"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300", "start"]);
        var cluster = new Cluster(port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Run(bin, asRoot, "pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]); } catch (InvalidOperationException) { }
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return cluster;
    }

    private static void Run(string bin, bool asRoot, string tool, string[] args) =>
        Run(asRoot ? "runuser" : Path.Combine(bin, tool), asRoot ? ["-u", "postgres", "--", Path.Combine(bin, tool), .. args] : args);

    private static void Run(string file, string[] args)
    {
        var psi = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(60_000)) process.Kill(entireProcessTree: true);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}):\n{output.Result}{errors}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record Cluster(int Port)
    {
        public string ConnectionString(string database) =>
            $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Maximum Pool Size=20";
    }
}
