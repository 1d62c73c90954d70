using TimelineApp.Events;

namespace TimelineApp.Tests.Events;

public class ActorRolesTests
{
    [Fact]
    public void Should_list_who_acted_before_who_was_acted_upon()
    {
        string[] roles = ["victim", "target", "observer", "perpetrator", "speaker"];
        Assert.Equal(["perpetrator", "speaker", "observer", "target", "victim"], roles.OrderBy(ActorRoles.Rank).ToArray());
        Assert.Equal("Perpetrator", ActorRoles.Label("perpetrator"));
    }
}
