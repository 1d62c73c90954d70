using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TimelineApp.LoadTest;

/// <summary>The app as its own process (Release build) on a loopback port with its own database.</summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    public string BaseUrl { get; }
    public int Pid => _process.Id;

    private AppProcess(Process process, string baseUrl) { _process = process; BaseUrl = baseUrl; }

    public static async Task<AppProcess> StartAsync(string repoRoot, string databasePath, IDictionary<string, string> settings)
    {
        var port = FreePort();
        var exe = Path.Combine(repoRoot, "src/TimelineApp/bin/Release/net10.0/TimelineApp");
        if (!File.Exists(exe)) throw new InvalidOperationException($"Build the app first: dotnet build -c Release src/TimelineApp ({exe} not found)");
        var psi = new ProcessStartInfo(exe, ["--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = repoRoot, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        psi.Environment["ConnectionStrings__Timeline"] = $"Data Source={databasePath}";
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (k, v) in settings) psi.Environment[k] = v;
        var process = Process.Start(psi)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[app] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, $"http://127.0.0.1:{port}");
        using var http = new HttpClient();
        for (var i = 0; i < 600; i++)
        {
            if (process.HasExited) throw new InvalidOperationException($"The app exited with code {process.ExitCode}");
            try { if ((await http.GetAsync(app.BaseUrl + "/health")).IsSuccessStatusCode) return app; } catch (HttpRequestException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException("The app did not become healthy in 120 s");
    }

    /// <summary>Resident memory of the app process in MB, from /proc.</summary>
    public double ResidentMb()
    {
        _process.Refresh();
        return _process.WorkingSet64 / 1024.0 / 1024.0;
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
