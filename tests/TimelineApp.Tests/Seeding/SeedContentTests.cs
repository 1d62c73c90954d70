using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Seeding;

/// <summary>What the curated seed table says, as imported: dates, places and conflicting claims.</summary>
public class SeedContentTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private async Task<Event> EventAsync(string slug)
    {
        await using var db = factory.CreateDb();
        return await db.Events.AsNoTracking().Include(e => e.Place)
            .Include(e => e.Citations).ThenInclude(c => c.Claims).Include(e => e.Citations).ThenInclude(c => c.Article)
            .SingleAsync(e => e.Slug == slug);
    }

    [Fact]
    public async Task The_Derna_airstrike_keeps_both_conflicting_casualty_claims()
    {
        var derna = await EventAsync("egyptian-airstrikes-on-derna");
        var claims = derna.Citations.SelectMany(c => c.Claims.Select(k => (Outlet: c.Article.Outlet, Claim: k))).ToList();

        Assert.Contains(claims, x => x.Outlet == "VICE News" && x.Claim.Claimant == "VICE News" && x.Claim is { KilledMin: 40, KilledMax: 50 });
        Assert.Contains(claims, x => x.Claim.Claimant == "Libyan army spokesman" && x.Claim.Qualifier == "civilians" && x.Claim is { KilledMin: 3, KilledMax: 3 });
    }

    [Theory]
    [InlineData("blog-2015-02-21")]
    [InlineData("vice-news-2015-02-17")]
    public async Task Article_texts_carry_no_scraped_page_furniture(string key)
    {
        await using var db = factory.CreateDb();
        var text = await db.Articles.Where(a => a.Key == key).Select(a => a.Text).SingleAsync();
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();

        Assert.DoesNotContain(lines, l => l is "0" or "Top" or "Post a Comment" or "This story is over 5 years old.");
        Assert.False(string.IsNullOrWhiteSpace(lines[0]), "the text starts with its first words, not blank lines");
    }

    [Fact]
    public async Task The_blog_says_what_is_known_about_its_source()
    {
        await using var db = factory.CreateDb();
        var blog = await db.Articles.SingleAsync(a => a.Key == "blog-2015-02-21");

        Assert.Equal("A blog post, author not named",
            $"{TimelineApp.Sources.SourceNames.Outlet(blog.Outlet)}, {TimelineApp.Sources.SourceNames.Author(blog.Author)}");
    }

    [Fact]
    public async Task Derna_is_the_Libyan_town_not_a_namesake_elsewhere()
    {
        var place = (await EventAsync("egyptian-airstrikes-on-derna")).Place!;

        Assert.Equal("LY", place.Country);
        // Libya's bounding box, and within ~15 km of Darnah (32.767 N, 22.637 E).
        Assert.InRange(place.Latitude, 19.5, 33.2);
        Assert.InRange(place.Longitude, 9.3, 25.2);
        Assert.InRange(place.Latitude, 32.65, 32.90);
        Assert.InRange(place.Longitude, 22.45, 22.80);
    }

    [Theory]
    [InlineData("coptic-christians-beheading-video", "15 Feb 2015")]
    [InlineData("egyptian-airstrikes-on-derna", "16 Feb 2015")]
    [InlineData("sisi-calls-for-un-mandate", "17 Feb 2015")]
    [InlineData("shukri-washington-meeting", "19 Feb 2015")]
    [InlineData("al-qubba-bombings", "20 Feb 2015")]
    [InlineData("libya-general-election", "Jun 2014")]
    [InlineData("ansar-al-sharia-derna-pledge", "Oct 2014")]
    [InlineData("uae-airstrikes-in-libya", "Aug 2014")]
    [InlineData("egypt-embassy-tripoli-bombing", "Nov 2014")]
    [InlineData("qaddafi-overthrown", "2011")]
    public async Task Relative_dates_in_the_articles_are_resolved_against_publication(string slug, string date)
    {
        var e = await EventAsync(slug);

        Assert.Equal(date, e.Dates.Format());
        Assert.Equal(e.Dates.Last, e.LastDate);
    }

    [Fact]
    public async Task Seed_dates_and_coordinates_are_all_valid()
    {
        await using var db = factory.CreateDb();
        var events = await db.Events.AsNoTracking().Include(e => e.Place).ToListAsync();

        Assert.All(events, e =>
        {
            Assert.True(e.Dates.IsValid, e.Slug);
            Assert.Equal(e.Dates.Last, e.LastDate);
            Assert.Equal(e.StartDate, PartialDate.Of(e.StartDate, e.DatePrecision).Start);
            Assert.NotNull(e.Place);
            Assert.InRange(e.Place!.Latitude, -90, 90);
            Assert.InRange(e.Place.Longitude, -180, 180);
        });
    }
}
