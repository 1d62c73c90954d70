using Microsoft.EntityFrameworkCore;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Security;

/// <summary>Counts that change with any write an editor or reviewer can make; equal before and after means nothing was written.</summary>
public static class WriteFingerprint
{
    public static async Task<string> OfAsync(TimelineFactory factory)
    {
        await using var db = factory.CreateDb();
        return $"events {await db.Events.CountAsync()}, versions {await db.Events.SumAsync(e => e.Version)}, revisions {await db.Revisions.CountAsync()}, " +
            $"articles {await db.Articles.CountAsync()}, users {await db.Users.CountAsync()}, places {await db.Places.CountAsync()}";
    }
}
