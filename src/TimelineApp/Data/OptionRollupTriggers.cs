namespace TimelineApp.Data;

/// <summary>
/// The SQL that keeps <see cref="EventTagCount"/> and <see cref="EventActorCount"/> equal to the published events' tag
/// and actor rows, so the filter lists cost O(tags + actors), not a scan of a million events' rows. Triggers on the
/// tag and actor rows (added or removed on a published event) and on an event's status (published or not); an event
/// deleted outright takes its rows off before they cascade. One set per provider, like <see cref="RollupTriggers"/>.
/// </summary>
internal static class OptionRollupTriggers
{
    public const string Rebuild = """
        DELETE FROM "EventTagCounts";
        INSERT INTO "EventTagCounts" ("Tag", "Count")
        SELECT t."Tag", COUNT(*) FROM "EventTags" t JOIN "Events" e ON e."Id" = t."EventId" WHERE e."Status" = 'Published' GROUP BY t."Tag";
        DELETE FROM "EventActorCounts";
        INSERT INTO "EventActorCounts" ("ActorId", "Count")
        SELECT a."ActorId", COUNT(*) FROM "EventActors" a JOIN "Events" e ON e."Id" = a."EventId" WHERE e."Status" = 'Published' GROUP BY a."ActorId";
        """;

    private static string Published(string eventId) => $"""(SELECT "Status" FROM "Events" WHERE "Id" = {eventId}) = 'Published'""";

    private const string AddTag = """
        INSERT INTO "EventTagCounts" ("Tag", "Count") VALUES (NEW."Tag", 1)
        ON CONFLICT ("Tag") DO UPDATE SET "Count" = "EventTagCounts"."Count" + 1;
        """;
    private const string RemoveTag = """UPDATE "EventTagCounts" SET "Count" = "Count" - 1 WHERE "Tag" = OLD."Tag";""";
    private const string AddActor = """
        INSERT INTO "EventActorCounts" ("ActorId", "Count") VALUES (NEW."ActorId", 1)
        ON CONFLICT ("ActorId") DO UPDATE SET "Count" = "EventActorCounts"."Count" + 1;
        """;
    private const string RemoveActor = """UPDATE "EventActorCounts" SET "Count" = "Count" - 1 WHERE "ActorId" = OLD."ActorId";""";

    /// <summary>All the tag and actor rows of event <paramref name="id"/> in (+1) or out (-1) of the counts.</summary>
    private static string Move(string id, string sign) => $"""
        INSERT INTO "EventTagCounts" ("Tag", "Count")
        SELECT "Tag", {sign}1 FROM "EventTags" WHERE "EventId" = {id}
        ON CONFLICT ("Tag") DO UPDATE SET "Count" = "EventTagCounts"."Count" + excluded."Count";
        INSERT INTO "EventActorCounts" ("ActorId", "Count")
        SELECT "ActorId", {sign}COUNT(*) FROM "EventActors" WHERE "EventId" = {id} GROUP BY "ActorId"
        ON CONFLICT ("ActorId") DO UPDATE SET "Count" = "EventActorCounts"."Count" + excluded."Count";
        """;

    public const string DropSqlite = """
        DROP TRIGGER IF EXISTS "EventTags_Rollup_Insert"; DROP TRIGGER IF EXISTS "EventTags_Rollup_Delete";
        DROP TRIGGER IF EXISTS "EventActors_Rollup_Insert"; DROP TRIGGER IF EXISTS "EventActors_Rollup_Delete";
        DROP TRIGGER IF EXISTS "Events_OptionRollup_Publish"; DROP TRIGGER IF EXISTS "Events_OptionRollup_Unpublish";
        DROP TRIGGER IF EXISTS "Events_OptionRollup_Delete";
        """;

    public static readonly string CreateSqlite = $"""
        CREATE TRIGGER "EventTags_Rollup_Insert" AFTER INSERT ON "EventTags" WHEN {Published("NEW.\"EventId\"")}
        BEGIN {AddTag} END;
        CREATE TRIGGER "EventTags_Rollup_Delete" AFTER DELETE ON "EventTags" WHEN {Published("OLD.\"EventId\"")}
        BEGIN {RemoveTag} END;
        CREATE TRIGGER "EventActors_Rollup_Insert" AFTER INSERT ON "EventActors" WHEN {Published("NEW.\"EventId\"")}
        BEGIN {AddActor} END;
        CREATE TRIGGER "EventActors_Rollup_Delete" AFTER DELETE ON "EventActors" WHEN {Published("OLD.\"EventId\"")}
        BEGIN {RemoveActor} END;
        CREATE TRIGGER "Events_OptionRollup_Publish" AFTER UPDATE OF "Status" ON "Events"
        WHEN OLD."Status" <> 'Published' AND NEW."Status" = 'Published'
        BEGIN {Move("NEW.\"Id\"", "")} END;
        CREATE TRIGGER "Events_OptionRollup_Unpublish" AFTER UPDATE OF "Status" ON "Events"
        WHEN OLD."Status" = 'Published' AND NEW."Status" <> 'Published'
        BEGIN {Move("NEW.\"Id\"", "-")} END;
        CREATE TRIGGER "Events_OptionRollup_Delete" BEFORE DELETE ON "Events" WHEN OLD."Status" = 'Published'
        BEGIN {Move("OLD.\"Id\"", "-")} END;
        """;

    public const string DropPostgres = """
        DROP TRIGGER IF EXISTS event_tags_rollup ON "EventTags"; DROP FUNCTION IF EXISTS event_tags_rollup();
        DROP TRIGGER IF EXISTS event_actors_rollup ON "EventActors"; DROP FUNCTION IF EXISTS event_actors_rollup();
        DROP TRIGGER IF EXISTS events_option_rollup_status ON "Events"; DROP TRIGGER IF EXISTS events_option_rollup_delete ON "Events";
        DROP FUNCTION IF EXISTS events_option_rollup();
        """;

    public static readonly string CreatePostgres = $"""
        CREATE FUNCTION event_tags_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' AND {Published("NEW.\"EventId\"")} THEN {AddTag} END IF;
          IF TG_OP = 'DELETE' AND {Published("OLD.\"EventId\"")} THEN {RemoveTag} END IF;
          RETURN NULL;
        END $$;
        CREATE TRIGGER event_tags_rollup AFTER INSERT OR DELETE ON "EventTags" FOR EACH ROW EXECUTE FUNCTION event_tags_rollup();
        CREATE FUNCTION event_actors_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' AND {Published("NEW.\"EventId\"")} THEN {AddActor} END IF;
          IF TG_OP = 'DELETE' AND {Published("OLD.\"EventId\"")} THEN {RemoveActor} END IF;
          RETURN NULL;
        END $$;
        CREATE TRIGGER event_actors_rollup AFTER INSERT OR DELETE ON "EventActors" FOR EACH ROW EXECUTE FUNCTION event_actors_rollup();
        CREATE FUNCTION events_option_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'DELETE' THEN
            IF OLD."Status" = 'Published' THEN {Move("OLD.\"Id\"", "-")} END IF;
            RETURN OLD;
          END IF;
          IF OLD."Status" <> 'Published' AND NEW."Status" = 'Published' THEN {Move("NEW.\"Id\"", "")} END IF;
          IF OLD."Status" = 'Published' AND NEW."Status" <> 'Published' THEN {Move("NEW.\"Id\"", "-")} END IF;
          RETURN NULL;
        END $$;
        CREATE TRIGGER events_option_rollup_status AFTER UPDATE OF "Status" ON "Events" FOR EACH ROW EXECUTE FUNCTION events_option_rollup();
        CREATE TRIGGER events_option_rollup_delete BEFORE DELETE ON "Events" FOR EACH ROW EXECUTE FUNCTION events_option_rollup();
        """;
}
