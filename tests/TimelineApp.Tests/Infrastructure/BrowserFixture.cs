using Microsoft.Playwright;

namespace TimelineApp.Tests.Infrastructure;

/// <summary>
/// One live app and one headless Chromium (the distribution's, never a downloaded one) shared by a test class.
/// Browser tests never skip: without Chromium they fail and say how to install it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;
    public LiveServer Server { get; private set; } = null!;
    /// <summary>Extra command-line arguments for the app (e.g. another database, for a benchmark).</summary>
    public string[] ServerArgs { get; init; } = [];

    public async Task InitializeAsync()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? ChromiumPath;
        if (!File.Exists(path))
            throw new InvalidOperationException($"Chromium not found at {path}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.");
        // The machine is shared and the suite runs browser classes in parallel: an interactive page can take longer
        // than Playwright's 5 s default to start its circuit. What each assertion checks is unchanged.
        Assertions.SetDefaultExpectTimeout(15_000);
        Server = await LiveServer.StartAsync(ServerArgs);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
        });
    }

    /// <summary>A fresh page at the given viewport; the page's console errors are collected.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = Server.BaseUrl,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
    }
}
