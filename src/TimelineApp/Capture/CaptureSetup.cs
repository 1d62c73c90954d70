namespace TimelineApp.Capture;

/// <summary>Source capture: the safe fetcher, extraction, storage, link checks, the scripted API and the preserved copies.</summary>
public static class CaptureSetup
{
    public static void AddCapture(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CaptureOptions>().BindConfiguration("Capture");
        services.AddSingleton<SafeFetcher>();
        services.AddSingleton<CaptureStore>();
        services.AddSingleton<CaptureService>();
        services.AddSingleton<LinkChecker>();
        services.AddSingleton<PreservedCopies>();
        services.AddHostedService<LinkCheckService>();
    }

    public static void MapCapture(this IEndpointRouteBuilder app)
    {
        app.MapCaptureApi();
        app.MapArchive();
    }
}
