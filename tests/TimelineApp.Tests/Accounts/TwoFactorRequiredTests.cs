using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Accounts;
using TimelineApp.Tests.Editing;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Accounts;

/// <summary>Issue 14, item 7: once reviewers require two-factor sign-in, a signed-in reviewer without it is sent to set it up.</summary>
public class TwoFactorRequiredTests : IClassFixture<TimelineFactory>
{
    private readonly TimelineFactory _factory;
    private TwoFactorPolicy Policy => _factory.Services.GetRequiredService<TwoFactorPolicy>();

    public TwoFactorRequiredTests(TimelineFactory factory)
    {
        _factory = factory;
        TestUsers.EnsureBothAsync(factory.Services).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Should_send_a_reviewer_without_two_factor_to_set_it_up_before_any_editing_page_or_api()
    {
        var client = _factory.Client();
        await client.SignInOrFailAsync(TestUsers.ReviewerEmail);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/edit")).StatusCode);

        Assert.Equal("Only reviewers can change this.", await Policy.SetRequiredAsync(true, EditingKit.AnEditor));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/edit")).StatusCode);
        Assert.Null(await Policy.SetRequiredAsync(true, EditingKit.AReviewer));
        try
        {
            foreach (var path in new[] { "/edit", "/edit/users", "/edit/events/new" })
            {
                var redirect = await client.GetAsync(path);
                Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
                Assert.Equal(TwoFactorPolicy.SetupPath + "?required=true", redirect.Headers.Location?.OriginalString);
            }
            var api = await client.GetAsync("/api/edit/antiforgery");
            Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
            Assert.Contains("Two-factor sign-in is required for editing", await api.Content.ReadAsStringAsync());
            var setup = await client.GetStringAsync(TwoFactorPolicy.SetupPath + "?required=true");
            Assert.Contains("Reviewers require two-factor sign-in for editing. Set it up here to continue.", setup);
            Assert.Contains("data-testid=\"shared-key\"", setup);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }
        finally
        {
            await Policy.SetRequiredAsync(false, EditingKit.AReviewer);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/edit")).StatusCode);
    }
}
