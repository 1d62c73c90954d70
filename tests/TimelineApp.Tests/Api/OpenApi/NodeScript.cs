using System.Diagnostics;
using System.Text.Json;

namespace TimelineApp.Tests.Api.OpenApi;

/// <summary>
/// Runs one of this folder's Node scripts with `node` (the machine's); its npm packages are the pinned
/// devDependencies that the build's `npm ci` puts in the repository's node_modules. The script prints one JSON value.
/// </summary>
internal static class NodeScript
{
    public static async Task<JsonElement> RunAsync(string script, params string[] args)
    {
        var root = RepoLayout.FindContentRoot();
        var path = Path.Combine(root, "tests", "TimelineApp.Tests", "Api", "OpenApi", script);
        Assert.True(File.Exists(path), $"{path} is missing");
        var start = new ProcessStartInfo("node") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(path);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await node.WaitForExitAsync(timeout.Token);
        Assert.True(node.ExitCode == 0, $"node {script} exited {node.ExitCode}:\n{await errors}\n{await output}");
        return JsonDocument.Parse(await output).RootElement.Clone();
    }
}
