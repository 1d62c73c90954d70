using NodaTime;
using TimelineApp.Editing;

namespace TimelineApp.Tests.Editing;

public class EventFormValidatorTests
{
    private const string ArticleText = "Egypt's military conducted airstrikes on Monday against militants in Derna.";
    private static readonly EditingReferenceData Refs = new(new LocalDate(2015, 3, 1), new HashSet<string> { "airstrike", "bombing" },
        new Dictionary<int, string> { [7] = ArticleText });

    private static EventForm Valid() => new()
    {
        Title = "Egyptian airstrikes on Derna", Summary = "Egypt bombed Derna.", TypeId = "airstrike", Start = "16 Feb 2015",
        Place = new PlaceForm { Name = "Derna", Country = "LY", Latitude = 32.77, Longitude = 22.64 },
        Citations = [new CitationForm { ArticleId = 7, Quote = "conducted airstrikes on Monday", Claims = [new ClaimForm { KilledMin = 40, KilledMax = 50 }] }],
    };

    private static IReadOnlyList<FormError> Check(EventForm f, bool complete = false) => EventFormValidator.Validate(f, Refs, complete);

    private static string MessageFor(IReadOnlyList<FormError> errors, object model, string field) =>
        Assert.Single(errors, e => ReferenceEquals(e.Model, model) && e.Field == field).Message;

    [Fact]
    public void Should_accept_a_complete_event() => Assert.Empty(Check(Valid(), complete: true));

    [Fact]
    public void Should_require_title_summary_type_and_start_with_a_message_per_field()
    {
        var f = new EventForm();
        var errors = Check(f);
        Assert.Equal("Give the event a title.", MessageFor(errors, f, nameof(f.Title)));
        Assert.Equal("Write a short summary of what happened.", MessageFor(errors, f, nameof(f.Summary)));
        Assert.Equal("Choose the event type.", MessageFor(errors, f, nameof(f.TypeId)));
        Assert.StartsWith("Enter when it happened", MessageFor(errors, f, nameof(f.Start)));
    }

    [Theory]
    [InlineData("Feb 2015")]
    [InlineData("2015-02-16")]
    [InlineData("16 Feb 2015")]
    [InlineData("2015")]
    public void Should_accept_dates_typed_with_any_precision(string start) => Assert.Empty(Check(Valid().With(f => f.Start = start)));

    [Fact]
    public void Should_say_what_a_date_should_look_like()
    {
        var f = Valid().With(f => f.Start = "the 16th");
        Assert.Equal("'the 16th' is not a date; write 16 Feb 2015, Feb 2015, 2015-02-16 or 2015.", MessageFor(Check(f), f, nameof(f.Start)));
    }

    [Fact]
    public void Should_reject_end_before_start()
    {
        var f = Valid().With(f => f.End = "15 Feb 2015");
        Assert.Equal("The end (15 Feb 2015) is before the start (16 Feb 2015).", MessageFor(Check(f), f, nameof(f.End)));
    }

    [Fact]
    public void Should_accept_an_end_in_the_same_month_as_a_month_precise_start() => Assert.Empty(Check(Valid().With(f => (f.Start, f.End) = ("Feb 2015", "16 Feb 2015"))));

    [Fact]
    public void Should_reject_dates_after_today()
    {
        var f = Valid().With(f => f.Start = "2 Mar 2015");
        Assert.Equal("2 Mar 2015 is in the future (today is 1 Mar 2015).", MessageFor(Check(f), f, nameof(f.Start)));
    }

    [Theory]
    [InlineData(91, 0, "Latitude", "Latitude 91 is outside −90…90.")]
    [InlineData(0, -181, "Longitude", "Longitude -181 is outside −180…180.")]
    public void Should_reject_coordinates_out_of_range(double lat, double lng, string field, string message)
    {
        var f = Valid().With(f => (f.Place.Latitude, f.Place.Longitude) = (lat, lng));
        Assert.Equal(message, MessageFor(Check(f), f.Place, field));
    }

    [Fact]
    public void Should_bound_title_summary_and_quote_lengths()
    {
        var f = Valid().With(f => (f.Title, f.Summary, f.Citations[0].Quote) = (new string('t', 201), new string('s', 4001), new string('q', 2001)));
        var errors = Check(f);
        Assert.Equal("The title is too long: at most 200 characters.", MessageFor(errors, f, nameof(f.Title)));
        Assert.Equal("The summary is too long: at most 4000 characters.", MessageFor(errors, f, nameof(f.Summary)));
        Assert.Equal("The quote is too long: at most 2000 characters.", MessageFor(errors, f.Citations[0], nameof(CitationForm.Quote)));
        Assert.Empty(Check(Valid().With(f => f.Title = new string('t', 200))));
    }

    [Fact]
    public void Should_reject_killed_min_above_max_and_negative_counts()
    {
        var claim = new ClaimForm { KilledMin = 10, KilledMax = 5, Injured = -1 };
        var f = Valid().With(f => f.Citations[0].Claims = [claim]);
        var errors = Check(f);
        Assert.Equal("Killed (at most) 5 is less than killed (at least) 10.", MessageFor(errors, claim, nameof(claim.KilledMax)));
        Assert.Equal("Injured cannot be negative.", MessageFor(errors, claim, nameof(claim.Injured)));
    }

    [Fact]
    public void Should_say_where_a_quote_stops_matching_the_article()
    {
        var f = Valid().With(f => f.Citations[0].Quote = "conducted airstrikes on Tuesday");
        Assert.Equal("The quote does not occur verbatim in the article: it matches up to \"conducted airstrikes on \" and differs from character 25.",
            MessageFor(Check(f), f.Citations[0], nameof(CitationForm.Quote)));
    }

    [Fact]
    public void Should_let_a_draft_wait_for_its_quote_but_not_a_submission()
    {
        var f = Valid().With(f => f.Citations[0].Quote = "");
        Assert.Empty(Check(f));
        Assert.Equal("Paste the words of the article that report this event.", MessageFor(Check(f, complete: true), f.Citations[0], nameof(CitationForm.Quote)));
        Assert.Contains(Check(Valid().With(f => f.Citations.Clear()), complete: true), e => e.Field == nameof(EventForm.Citations));
    }

    [Fact]
    public void Should_check_the_time_and_its_zone()
    {
        Assert.Empty(Check(Valid().With(f => (f.Time, f.TimeZone) = ("14:30", "Africa/Tripoli"))));
        var noZone = Valid().With(f => f.Time = "14:30");
        Assert.Equal("Choose the time zone the time is in, e.g. Africa/Tripoli.", MessageFor(Check(noZone), noZone, nameof(EventForm.TimeZone)));
        var badZone = Valid().With(f => (f.Time, f.TimeZone) = ("14:30", "Libya/Derna"));
        Assert.Equal("'Libya/Derna' is not a time zone; use an IANA name like Africa/Cairo.", MessageFor(Check(badZone), badZone, nameof(EventForm.TimeZone)));
        var monthOnly = Valid().With(f => (f.Start, f.Time, f.TimeZone) = ("Feb 2015", "14:30", "Africa/Tripoli"));
        Assert.Equal("A time needs a start date known to the day.", MessageFor(Check(monthOnly), monthOnly, nameof(EventForm.Time)));
    }

    [Fact]
    public void Should_reject_an_unknown_type_and_a_half_entered_place()
    {
        var f = Valid().With(f => (f.TypeId, f.Place) = ("massacre", new PlaceForm { Name = "Derna" }));
        var errors = Check(f);
        Assert.Contains("'massacre' is not an event type", MessageFor(errors, f, nameof(f.TypeId)));
        Assert.Equal("Enter the two-letter country code, e.g. LY.", MessageFor(errors, f.Place, nameof(PlaceForm.Country)));
        Assert.StartsWith("Enter the latitude", MessageFor(errors, f.Place, nameof(PlaceForm.Latitude)));
    }
}

internal static class FormTestExtensions
{
    public static EventForm With(this EventForm f, Action<EventForm> change)
    {
        change(f);
        return f;
    }
}
