using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Data;
using TimelineApp.Editing;
using TimelineApp.Operations;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Durability;
using TimelineApp.Tests.Editing;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Postgres;

/// <summary>Several app instances on one PostgreSQL database, as behind a load balancer.</summary>
public sealed class SeveralInstancesTests : IRunsOnPostgres
{
    [Fact]
    public async Task A_sign_in_and_an_antiforgery_token_from_process_A_are_accepted_by_process_B()
    {
        var database = PostgresCluster.CreateDatabase();
        await using var a = await AppProcess.StartOnPostgresAsync(database);
        await using var b = await AppProcess.StartOnPostgresAsync(database);
        var cookies = new CookieContainer();
        using var onA = Client(a, cookies);
        using var onB = Client(b, cookies); // cookies ignore the port: B gets A's sign-in and antiforgery cookies

        var signIn = await onA.SignInAsync(AppProcess.AdminEmail, AppProcess.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var token = await onA.GetFromJsonAsync<JsonElement>("/api/edit/antiforgery");

        var dashboard = await onB.GetAsync("/edit");
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/edit/events")
        {
            Content = JsonContent.Create(new { title = "Made on B with A's sign-in", summary = "Two instances.", typeId = "airstrike", start = "16 Feb 2015" }),
        };
        create.Headers.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        var created = await onB.SendAsync(create);

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"{(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}\n{b.Log}");
    }

    [Fact]
    public async Task An_event_published_on_instance_A_is_read_on_process_B_and_B_hears_of_it_within_a_second()
    {
        await using var a = new PostgresTimelineFactory();
        _ = a.Server;
        await using var b = a.Fresh().With("ConnectionStrings:Timeline", a.ConnectionString);
        _ = b.Server;
        await using var c = await AppProcess.StartOnPostgresAsync(a.ConnectionString);
        var heardOnB = new TaskCompletionSource<ReaderChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        b.Services.GetRequiredService<ReaderChanges>().Changed += change => heardOnB.TrySetResult(change);
        var heardOnA = 0;
        a.Services.GetRequiredService<ReaderChanges>().Changed += _ => Interlocked.Increment(ref heardOnA);
        var editor = a.Services.GetRequiredService<EventEditor>();
        var workflow = a.Services.GetRequiredService<EventWorkflow>();
        var draft = await editor.SaveAsync(new EditingKit(a).NewForm("Zygomorphic strike published on A"), EditingKit.AnEditor);
        using var onC = new HttpClient { BaseAddress = new Uri(c.BaseUrl) };
        Assert.Equal(0, await TotalAsync(onC, "zygomorphic"));

        var clock = Stopwatch.StartNew();
        var published = await workflow.PublishAsync(draft.EventId!.Value, 1, EditingKit.AReviewer);
        var change = await heardOnB.Task.WaitAsync(TimeSpan.FromSeconds(5));
        var heardAfter = clock.Elapsed;

        Assert.True(published.Succeeded, published.Message);
        Assert.Equal(new ReaderChange("published", draft.EventId), change);
        // Usually tens of milliseconds (docs/postgresql.md); the bound leaves room for a loaded machine and still proves
        // the notice, not the 60 s cache expiry, moved the readers on.
        Assert.True(heardAfter < TimeSpan.FromSeconds(3), $"B heard of the publish after {heardAfter.TotalMilliseconds:F0} ms");
        // C, a separate process, hears the same NOTIFY and moves its reader cache on; poll until it answers anew.
        while (await TotalAsync(onC, "zygomorphic") != 1 && clock.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(50);
        var seenOnC = clock.Elapsed;
        Assert.Equal(1, await TotalAsync(onC, "zygomorphic"));
        Assert.True(seenOnC < TimeSpan.FromSeconds(5), $"process C served the publish after {seenOnC.TotalMilliseconds:F0} ms");
        await Task.Delay(300);
        Assert.Equal(1, heardOnA); // raised once on A, not again when its own NOTIFY comes back
    }

    private static async Task<int> TotalAsync(HttpClient client, string words) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/events?q={words}")).GetProperty("total").GetInt32();

    private static HttpClient Client(AppProcess app, CookieContainer cookies) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies })
        {
            BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(30),
        };
}
