using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Durability;

/// <summary>The reviewers' "Back up now" button: an online copy in the configured folder with every event and revision.</summary>
public class BackupPageTests
{
    [Fact]
    public async Task A_reviewer_backs_up_from_the_page_and_the_copy_holds_every_event_and_revision()
    {
        using var folder = new TempDatabase();
        using var app = new TimelineFactory().With("Backup:Folder", folder.Folder);
        await TestUsers.EnsureBothAsync(app.Services);
        var client = app.Client();
        await client.SignInOrFailAsync(TestUsers.ReviewerEmail);
        var form = TestUsers.HiddenInputs(await client.GetStringAsync("/edit/backup"));
        Assert.Equal("backup", form["_handler"]);

        var response = await client.PostAsync("/edit/backup", new FormUrlEncodedContent(form));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Backup written to " + folder.Folder, html);
        var backup = Assert.Single(Directory.GetFiles(folder.Folder, "timeline-*.db"));
        Assert.Contains(Path.GetFileName(backup), html);

        await using var live = app.CreateDb();
        using var copy = new SqliteConnection($"Data Source={backup};Mode=ReadOnly;Pooling=False");
        copy.Open();
        Assert.Equal("ok", copy.Scalar("PRAGMA integrity_check;"));
        Assert.Equal((long)await live.Events.CountAsync(), copy.Scalar("SELECT COUNT(*) FROM Events;"));
        Assert.Equal((long)await live.Revisions.CountAsync(), copy.Scalar("SELECT COUNT(*) FROM Revisions;"));
    }
}
