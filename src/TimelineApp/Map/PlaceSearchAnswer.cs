namespace TimelineApp.Map;

/// <summary>GET /api/places/search's answer, named for the OpenAPI document: the matches and the gazetteer's attribution (CC BY 4.0 asks for it).</summary>
public sealed record PlaceSearchAnswer(IReadOnlyList<GazetteerPlace> Places, string Attribution);
