namespace TimelineApp.Events;

/// <summary>The order roles are listed in: who acted first, who was acted upon last; unknown roles in between.</summary>
public static class ActorRoles
{
    private static readonly string[] Order = ["perpetrator", "speaker", "participant", "critic", "supporter", "target", "victim"];

    public static int Rank(string role)
    {
        var i = Array.IndexOf(Order, role.ToLowerInvariant());
        return i >= 0 ? i : Array.IndexOf(Order, "target") - 1;
    }

    public static string Label(string role) => role.Length == 0 ? role : char.ToUpperInvariant(role[0]) + role[1..];
}
