using System.Data.Common;
using TimelineApp.Data;

namespace TimelineApp.Editing.Csv;

/// <summary>The prepared inserts of one import, all in its transaction.</summary>
internal sealed class ImportInserts(TimelineDb db, DbTransaction transaction) : IDisposable
{
    public BulkInserter<Place> Places { get; } = new(db, transaction);
    public BulkInserter<Actor> Actors { get; } = new(db, transaction);
    public BulkInserter<Event> Events { get; } = new(db, transaction);
    public BulkInserter<EventActor> EventActors { get; } = new(db, transaction);
    public BulkInserter<EventTag> EventTags { get; } = new(db, transaction);
    public BulkInserter<Citation> Citations { get; } = new(db, transaction);
    public BulkInserter<Claim> Claims { get; } = new(db, transaction);
    public BulkInserter<Revision> Revisions { get; } = new(db, transaction);

    /// <summary>Inserts a new event (navigations resolved) with its actors, tags, citations, claims and first revision.</summary>
    public void Insert(Event e, Revision firstRevision, EventForm form)
    {
        e.PlaceId = e.Place?.Id;
        Events.Insert(e);
        foreach (var a in e.Actors)
        {
            (a.EventId, a.ActorId) = (e.Id, a.Actor.Id);
            EventActors.Insert(a);
        }
        foreach (var t in e.Tags)
        {
            t.EventId = e.Id;
            EventTags.Insert(t);
        }
        foreach (var c in e.Citations)
        {
            c.EventId = e.Id;
            Citations.Insert(c);
            foreach (var k in c.Claims)
            {
                k.CitationId = c.Id;
                Claims.Insert(k);
            }
        }
        firstRevision.EventId = e.Id;
        firstRevision.Snapshot = EditSnapshot.ToJson(e, form);
        Revisions.Insert(firstRevision);
    }

    public void Dispose()
    {
        Places.Dispose(); Actors.Dispose(); Events.Dispose(); EventActors.Dispose();
        EventTags.Dispose(); Citations.Dispose(); Claims.Dispose(); Revisions.Dispose();
    }
}
