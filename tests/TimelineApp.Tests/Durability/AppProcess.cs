using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TimelineApp.Tests.Durability;

/// <summary>
/// The built TimelineApp executable as a real, separate process on a free loopback port with its own SQLite file,
/// so a test can kill it (SIGKILL) like a crash or a power cut of the process.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    public const string AdminEmail = "crash.reviewer@example.org";
    public const string AdminPassword = "crash-test-password-1";

    private readonly Process _process;
    private readonly StringBuilder _log = new();

    public string BaseUrl { get; }
    public string Log { get { lock (_log) return _log.ToString(); } }

    private AppProcess(Process process, string baseUrl) => (_process, BaseUrl) = (process, baseUrl);

    /// <summary>The app's own build output for the configuration these tests were built in.</summary>
    public static string Executable()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Parent!.Parent!.Name;
        var built = Path.Combine(RepoLayout.FindContentRoot(), "src", "TimelineApp", "bin", configuration, "net10.0", "TimelineApp");
        var beside = Path.Combine(AppContext.BaseDirectory, "TimelineApp");
        return File.Exists(built) ? built : File.Exists(beside) ? beside
            : throw new InvalidOperationException($"The TimelineApp executable was not found at {built} or {beside}; build the solution first.");
    }

    public static Task<AppProcess> StartAsync(string databasePath) =>
        StartAsync(new Dictionary<string, string> { ["ConnectionStrings__Timeline"] = $"Data Source={databasePath}" });

    /// <summary>On a PostgreSQL database, as one of several instances sharing it.</summary>
    public static Task<AppProcess> StartOnPostgresAsync(string connectionString) =>
        StartAsync(new Dictionary<string, string> { ["Database__Provider"] = "PostgreSQL", ["ConnectionStrings__Timeline"] = connectionString });

    private static async Task<AppProcess> StartAsync(Dictionary<string, string> database)
    {
        var port = FreePort();
        var psi = new ProcessStartInfo(Executable(), ["--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = RepoLayout.FindContentRoot(), RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in database) psi.Environment[key] = value;
        psi.Environment["Admin__Email"] = AdminEmail;
        psi.Environment["Admin__Password"] = AdminPassword;
        var app = new AppProcess(Process.Start(psi)!, $"http://127.0.0.1:{port}");
        app._process.OutputDataReceived += (_, e) => app.Append(e.Data);
        app._process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromMinutes(2); await Task.Delay(200))
        {
            if (app._process.HasExited) throw new InvalidOperationException($"The app exited with code {app._process.ExitCode}:\n{app.Log}");
            try
            {
                if ((await http.GetAsync(app.BaseUrl + "/health")).IsSuccessStatusCode) return app;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException) { }
        }
        await app.DisposeAsync();
        throw new TimeoutException($"The app did not answer /health within 2 minutes:\n{app.Log}");
    }

    /// <summary>Runs a command-line verb (e.g. <c>backup PATH</c>) against the database; its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunVerbAsync(string databasePath, params string[] args)
    {
        var psi = new ProcessStartInfo(Executable(), args)
        {
            WorkingDirectory = RepoLayout.FindContentRoot(), RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        psi.Environment["ConnectionStrings__Timeline"] = $"Data Source={databasePath}";
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>SIGKILL: no shutdown code runs, nothing is flushed by the app.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) await KillAsync();
        _process.Dispose();
    }
}

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
