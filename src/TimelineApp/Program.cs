using TimelineApp;

var app = AppHost.Build(args);
if (await Cli.TryRunAsync(app, args)) return;
await app.RunAsync();

/// <summary>Marker type for WebApplicationFactory (Microsoft.Playwright also defines a Program).</summary>
public partial class Program;
