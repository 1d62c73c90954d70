using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TimelineApp.Testing;

/// <summary>
/// The built TimelineApp executable as a real, separate process on a free loopback port with its own SQLite file: the
/// durability tests kill it (SIGKILL) like a crash, the load test measures it. One source file, linked into both projects.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    /// <summary>The first reviewer every started app creates (Admin__Email), unless the settings name another.</summary>
    public const string AdminEmail = "crash.reviewer@example.org";
    public const string AdminPassword = "crash-test-password-1";

    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly bool _echo;

    public string BaseUrl { get; }
    public int Pid => _process.Id;
    public string Log { get { lock (_log) return _log.ToString(); } }

    private AppProcess(Process process, string baseUrl, bool echo) => (_process, BaseUrl, _echo) = (process, baseUrl, echo);

    public static string RepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "TimelineApp.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run from inside the repository (TimelineApp.sln not found).");
    }

    /// <summary>The app's build output; by default for the configuration the caller was built in (Debug or Release).</summary>
    public static string Executable(string? configuration = null)
    {
        configuration ??= new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var built = Path.Combine(RepoRoot(), "src", "TimelineApp", "bin", configuration, "net10.0", "TimelineApp");
        var beside = Path.Combine(AppContext.BaseDirectory, "TimelineApp");
        return File.Exists(built) ? built : File.Exists(beside) ? beside
            : throw new InvalidOperationException($"The TimelineApp executable was not found at {built} or {beside}; build it first (dotnet build -c {configuration}).");
    }

    /// <summary>Starts the app in Production on <paramref name="databasePath"/> and waits until /health answers.</summary>
    /// <param name="settings">Environment settings (e.g. <c>RateLimits__ApiPerMinute</c>) over the defaults.</param>
    /// <param name="echo">Also write the app's error output to this process's standard error (for the load test).</param>
    public static async Task<AppProcess> StartAsync(string databasePath, IReadOnlyDictionary<string, string>? settings = null,
        string? configuration = null, bool echo = false)
    {
        var port = FreePort();
        var psi = Start(configuration, databasePath, "--urls", $"http://127.0.0.1:{port}");
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        psi.Environment["Admin__Email"] = AdminEmail;
        psi.Environment["Admin__Password"] = AdminPassword;
        foreach (var (k, v) in settings ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        var app = new AppProcess(Process.Start(psi)!, $"http://127.0.0.1:{port}", echo);
        app._process.OutputDataReceived += (_, e) => app.Append(e.Data, error: false);
        app._process.ErrorDataReceived += (_, e) => app.Append(e.Data, error: true);
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

    /// <summary>On a PostgreSQL database, as one of several instances sharing it.</summary>
    public static Task<AppProcess> StartOnPostgresAsync(string connectionString) =>
        StartAsync("", new Dictionary<string, string> { ["Database__Provider"] = "PostgreSQL", ["ConnectionStrings__Timeline"] = connectionString });

    /// <summary>Runs a command-line verb (e.g. <c>backup PATH</c>) against the database; its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunVerbAsync(string databasePath, params string[] args)
    {
        using var process = Process.Start(Start(null, databasePath, args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    private static ProcessStartInfo Start(string? configuration, string databasePath, params string[] args)
    {
        var psi = new ProcessStartInfo(Executable(configuration), args)
        {
            WorkingDirectory = RepoRoot(), RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        psi.Environment["ConnectionStrings__Timeline"] = $"Data Source={databasePath}";
        return psi;
    }

    /// <summary>Resident memory of the app process in MB.</summary>
    public double ResidentMb()
    {
        _process.Refresh();
        return _process.WorkingSet64 / 1024.0 / 1024.0;
    }

    /// <summary>SIGKILL: no shutdown code runs, nothing is flushed by the app.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    private void Append(string? line, bool error)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
        if (error && _echo) Console.Error.WriteLine($"[app] {line}");
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
