using TimelineApp.Data;

namespace TimelineApp.Editing;

/// <summary>How editors' pages name a status and say what a workflow step did, in plain sentences.</summary>
public static class StatusWording
{
    /// <summary>"In review": a status in a list.</summary>
    public static string Label(EventStatus status) => status switch
    {
        EventStatus.InReview => "In review",
        _ => status.ToString(),
    };

    /// <summary>"This event is in review." for the status line above the form.</summary>
    public static string Sentence(EventStatus status) => status switch
    {
        EventStatus.Draft => "This event is a draft: only editors see it.",
        EventStatus.InReview => "This event is in review: a reviewer can publish it or send it back.",
        EventStatus.Published => "This event is published: readers see it.",
        _ => "This event is archived: readers no longer see it, and a reviewer can restore it.",
    };

    /// <summary>What a workflow step did, for the message after it.</summary>
    public static string AfterStep(string kind, EventStatus now) => kind switch
    {
        "submitted" => "Submitted for review.",
        "published" => "Published: readers can see this event now.",
        "returned" => "Sent back to draft.",
        "archived" => "Archived: readers no longer see this event.",
        "restored" => "Restored. " + Sentence(now),
        _ => Sentence(now),
    };
}
