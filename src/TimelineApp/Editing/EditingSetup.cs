namespace TimelineApp.Editing;

/// <summary>Registers the editors' services (forms, workflow, history, import) and their endpoints.</summary>
public static class EditingSetup
{
    public static void AddEditing(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<EventEditor>();
        services.AddSingleton<EventWorkflow>();
        services.AddSingleton<EventLoader>();
        services.AddSingleton<RevisionHistory>();
        services.AddSingleton<EditingLookups>();
        services.AddSingleton<ExistingPlaceLookup>();
        services.AddSingleton<IPlaceLookup>(sp => new GazetteerPlaceLookup(sp.GetRequiredService<ExistingPlaceLookup>(),
            sp.GetRequiredService<Map.Gazetteer>(), sp.GetRequiredService<ILogger<GazetteerPlaceLookup>>()));
        services.AddSingleton<Suggestions>();
        services.AddSingleton<SelectionPrefill>();
        services.AddSingleton<ExistingEvents>();
        services.AddSingleton<EditorDashboard>();
        services.AddSingleton<SourceForms.SourceEditor>();
        services.AddSingleton<SourceForms.SourceList>();
        services.AddSingleton<SourceForms.SourceReview>();
        services.AddSingleton<Csv.EventCsvImporter>();
        services.AddSingleton<Types.EventTypeAdmin>();
        services.AddSingleton<Autosave.AutosaveStore>();
        services.AddSingleton<Types.TypeList>();
    }

    public static void MapEditing(this IEndpointRouteBuilder app)
    {
        Csv.CsvEndpoints.MapEditingCsv(app);
        app.MapScriptedEditing();
    }
}
