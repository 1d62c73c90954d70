using TimelineApp.Data;

namespace TimelineApp.Generator;

/// <summary>The words synthetic events are made of: who, what, which outlet, which tags.</summary>
internal static class Vocabulary
{
    public sealed record ActorKindName(string Name, ActorKind Kind);

    public sealed record TypeWording(string Id, int Weight, bool Violent, string[] Titles, string Verb);

    /// <summary>Local actors, one per country each ("Government forces (Syria)").</summary>
    public static readonly ActorKindName[] LocalActors =
    [
        new("Government forces", ActorKind.State), new("Air force", ActorKind.State), new("Police", ActorKind.State),
        new("Islamist militants", ActorKind.ArmedGroup), new("Rebel fighters", ActorKind.ArmedGroup), new("Local militia", ActorKind.ArmedGroup),
        new("Separatist fighters", ActorKind.ArmedGroup), new("Unidentified gunmen", ActorKind.ArmedGroup), new("Criminal gang", ActorKind.ArmedGroup),
        new("Tribal fighters", ActorKind.ArmedGroup), new("Foreign ministry", ActorKind.Government), new("Health ministry", ActorKind.Government),
        new("Interior ministry", ActorKind.Government), new("Election commission", ActorKind.Government), new("Opposition party", ActorKind.Government),
        new("Local officials", ActorKind.Government), new("Civilians", ActorKind.Person), new("Displaced families", ActorKind.Person),
        new("Aid workers", ActorKind.Person), new("Journalists", ActorKind.Person),
    ];

    public static readonly ActorKindName[] InternationalActors =
    [
        new("United Nations", ActorKind.InternationalOrganisation), new("UN Security Council", ActorKind.InternationalOrganisation),
        new("UN refugee agency", ActorKind.InternationalOrganisation), new("African Union", ActorKind.InternationalOrganisation),
        new("European Union", ActorKind.InternationalOrganisation), new("Arab League", ActorKind.InternationalOrganisation),
        new("Red Cross", ActorKind.InternationalOrganisation), new("Peacekeeping mission", ActorKind.InternationalOrganisation),
        new("Coalition aircraft", ActorKind.State),
    ];

    /// <summary>Invented outlet names: the quotes are synthetic, so no real outlet is made to say them.</summary>
    public static readonly string[] Outlets =
    [
        "Meridian News", "Northern Star Wire", "Coastal Herald", "Global Dispatch", "The Daily Ledger", "Frontline Report",
        "Crescent Times", "Harbour Gazette", "Continental Press", "The Evening Courier", "Delta Observer", "Highland Chronicle",
        "Sahel Monitor", "Levant Review", "Atlas Bulletin", "Riverside Post", "The Independent Record", "Capital Tribune",
        "Desert Wire", "East African Journal", "Pacific Sentinel", "Andes Messenger", "Steppe News", "Gulf Echo",
        "Horn Affairs Weekly", "Lakeside Standard", "Mountain Voice", "Union Telegraph", "World Signal", "Open Source Digest",
    ];

    public static readonly string[] Authors =
    [
        "staff reporter", "Amina Haddad", "Daniel Okafor", "Sofia Marquez", "Yusuf Karim", "Lena Petrova", "Omar Said",
        "Grace Mwangi", "Tomás Rivera", "Hana Suzuki", "Ibrahim Diallo", "Marta Kowalska", "unknown",
    ];

    public static readonly string[] Tags =
    [
        "civilians", "children", "displacement", "humanitarian-access", "ceasefire", "sanctions", "refugees", "infrastructure",
        "hospital", "school", "market", "checkpoint", "border", "oil", "protest", "kidnapping", "drone", "mosque", "church",
        "detention", "aid-convoy", "water", "electricity", "harvest", "port", "airport", "prison", "curfew", "negotiations",
    ];

    public static readonly string[] Roles = ["perpetrator", "target", "speaker", "participant", "victim", "mediator"];

    public static readonly TypeWording[] Types =
    [
        new("airstrike", 18, true, ["Airstrike hits {place}", "{actor} strike targets near {place}", "Drone strike near {place}"], "carried out airstrikes on"),
        new("armed-clash", 22, true, ["Clashes between {actor} and {target} in {place}", "Fighting erupts in {place}", "{actor} attack positions outside {place}"], "clashed with rivals in"),
        new("bombing", 15, true, ["Car bomb explodes in {place}", "Bombing at a market in {place}", "Roadside bomb near {place}"], "were blamed for a bombing in"),
        new("beheading", 3, true, ["{actor} execute captives near {place}", "Execution video from {place}"], "executed captives near"),
        new("statement", 15, false, ["{actor} condemn violence in {place}", "{actor} deny involvement in {place} attack"], "issued a statement about"),
        new("diplomatic-meeting", 8, false, ["Talks on {country} held in {place}", "{actor} meet mediators in {place}"], "met counterparts in"),
        new("un-appeal", 6, false, ["{actor} appeal for aid access to {place}", "Call for a humanitarian pause around {place}"], "appealed for access to"),
        new("pledge-of-allegiance", 2, false, ["{actor} pledge allegiance in {place}"], "pledged allegiance in"),
        new("election", 4, false, ["Polls open in {place}", "Disputed local election in {place}"], "took part in elections in"),
        new("other", 7, false, ["Curfew imposed in {place}", "Thousands displaced around {place}", "Protest in {place}"], "were reported in"),
    ];

    public static readonly string[] Fillers =
    [
        "The situation remained tense on the following day.", "Residents described hearing several explosions.",
        "Officials did not respond to requests for comment.", "The figures could not be independently verified.",
        "Aid agencies said access to the area remained limited.", "Local media carried similar accounts.",
    ];
}
