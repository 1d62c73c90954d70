namespace TimelineApp.Data;

/// <summary>
/// The SQL that keeps <see cref="EventDayCount"/> and <see cref="EventCountryCount"/> equal to counts over the published
/// events: triggers on Events (and on a place's country), one set per provider, and the rebuild the migrations run
/// for a database that already has events. Triggers rather than application code, because imports and the generator
/// write with bulk commands that bypass EF Core's change tracking; a trigger runs in the writer's transaction.
/// </summary>
internal static class RollupTriggers
{
    private const string DayKey = "\"StartDate\", \"LastDate\", \"DurationClass\", \"DatePrecision\", \"TypeId\"";
    private const string Watched = "\"Status\", \"StartDate\", \"LastDate\", \"DurationClass\", \"DatePrecision\", \"TypeId\", \"PlaceId\"";

    public const string Rebuild = $"""
        DELETE FROM "EventDayCounts";
        INSERT INTO "EventDayCounts" ({DayKey}, "Count")
        SELECT {DayKey}, COUNT(*) FROM "Events" WHERE "Status" = 'Published' GROUP BY {DayKey};
        DELETE FROM "EventCountryCounts";
        INSERT INTO "EventCountryCounts" ("Country", "TypeId", "Count")
        SELECT COALESCE(p."Country", ''), e."TypeId", COUNT(*) FROM "Events" e LEFT JOIN "Places" p ON p."Id" = e."PlaceId"
        WHERE e."Status" = 'Published' GROUP BY COALESCE(p."Country", ''), e."TypeId";
        """;

    private static string Add(string row) => $"""
        INSERT INTO "EventDayCounts" ({DayKey}, "Count")
        VALUES ({row}."StartDate", {row}."LastDate", {row}."DurationClass", {row}."DatePrecision", {row}."TypeId", 1)
        ON CONFLICT ({DayKey}) DO UPDATE SET "Count" = "EventDayCounts"."Count" + 1;
        INSERT INTO "EventCountryCounts" ("Country", "TypeId", "Count")
        VALUES (COALESCE((SELECT "Country" FROM "Places" WHERE "Id" = {row}."PlaceId"), ''), {row}."TypeId", 1)
        ON CONFLICT ("Country", "TypeId") DO UPDATE SET "Count" = "EventCountryCounts"."Count" + 1;
        """;

    private static string Remove(string row) => $"""
        UPDATE "EventDayCounts" SET "Count" = "Count" - 1
        WHERE "StartDate" = {row}."StartDate" AND "LastDate" = {row}."LastDate" AND "DurationClass" = {row}."DurationClass"
          AND "DatePrecision" = {row}."DatePrecision" AND "TypeId" = {row}."TypeId";
        UPDATE "EventCountryCounts" SET "Count" = "Count" - 1
        WHERE "Country" = COALESCE((SELECT "Country" FROM "Places" WHERE "Id" = {row}."PlaceId"), '') AND "TypeId" = {row}."TypeId";
        """;

    /// <summary>A place's new country moves its published events' counts (the country lives on the place).</summary>
    private static string MovePlace(string from, string to) => $"""
        UPDATE "EventCountryCounts" SET "Count" = "Count" - (SELECT COUNT(*) FROM "Events" e
            WHERE e."PlaceId" = {to}."Id" AND e."Status" = 'Published' AND e."TypeId" = "EventCountryCounts"."TypeId")
        WHERE "Country" = {from}."Country";
        INSERT INTO "EventCountryCounts" ("Country", "TypeId", "Count")
        SELECT {to}."Country", e."TypeId", COUNT(*) FROM "Events" e
        WHERE e."PlaceId" = {to}."Id" AND e."Status" = 'Published' GROUP BY e."TypeId"
        ON CONFLICT ("Country", "TypeId") DO UPDATE SET "Count" = "EventCountryCounts"."Count" + excluded."Count";
        """;

    public const string DropSqlite = """
        DROP TRIGGER IF EXISTS "Events_Rollup_Insert"; DROP TRIGGER IF EXISTS "Events_Rollup_Delete";
        DROP TRIGGER IF EXISTS "Events_Rollup_UpdateOld"; DROP TRIGGER IF EXISTS "Events_Rollup_UpdateNew";
        DROP TRIGGER IF EXISTS "Places_Rollup_Country";
        """;

    public static readonly string CreateSqlite = $"""
        CREATE TRIGGER "Events_Rollup_Insert" AFTER INSERT ON "Events" WHEN NEW."Status" = 'Published'
        BEGIN {Add("NEW")} END;
        CREATE TRIGGER "Events_Rollup_Delete" AFTER DELETE ON "Events" WHEN OLD."Status" = 'Published'
        BEGIN {Remove("OLD")} END;
        CREATE TRIGGER "Events_Rollup_UpdateOld" AFTER UPDATE OF {Watched} ON "Events" WHEN OLD."Status" = 'Published'
        BEGIN {Remove("OLD")} END;
        CREATE TRIGGER "Events_Rollup_UpdateNew" AFTER UPDATE OF {Watched} ON "Events" WHEN NEW."Status" = 'Published'
        BEGIN {Add("NEW")} END;
        CREATE TRIGGER "Places_Rollup_Country" AFTER UPDATE OF "Country" ON "Places" WHEN OLD."Country" <> NEW."Country"
        BEGIN {MovePlace("OLD", "NEW")} END;
        """;

    public const string DropPostgres = """
        DROP TRIGGER IF EXISTS events_rollup ON "Events"; DROP FUNCTION IF EXISTS events_rollup();
        DROP TRIGGER IF EXISTS places_rollup_country ON "Places"; DROP FUNCTION IF EXISTS places_rollup_country();
        """;

    public static readonly string CreatePostgres = $"""
        CREATE FUNCTION events_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."Status" = 'Published' THEN {Remove("OLD")} END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."Status" = 'Published' THEN {Add("NEW")} END IF;
          RETURN NULL;
        END $$;
        CREATE TRIGGER events_rollup AFTER INSERT OR DELETE OR UPDATE OF {Watched} ON "Events"
        FOR EACH ROW EXECUTE FUNCTION events_rollup();
        CREATE FUNCTION places_rollup_country() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF OLD."Country" <> NEW."Country" THEN {MovePlace("OLD", "NEW")} END IF;
          RETURN NULL;
        END $$;
        CREATE TRIGGER places_rollup_country AFTER UPDATE OF "Country" ON "Places"
        FOR EACH ROW EXECUTE FUNCTION places_rollup_country();
        """;
}
