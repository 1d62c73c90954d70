namespace TimelineApp.Timeline;

public static class TimelineServices
{
    public static IServiceCollection AddTimeline(this IServiceCollection services) => services
        .AddMemoryCache()
        .AddScoped<TimelineQuery>()
        .AddScoped<Events.EventPageQuery>()
        .AddScoped<Sources.SourceQuery>();
}
