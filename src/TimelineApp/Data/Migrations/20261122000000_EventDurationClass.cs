using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TimelineApp.Data.Migrations;

/// <summary>
/// Adds Events.DurationClass (0: lasts up to a month, 1: up to a year, 2: longer) and an index on
/// (Status, DurationClass, StartDate, LastDate, DatePrecision), so "what overlaps this window" reads index ranges near the window
/// instead of every event before it (see docs/benchmarks.md). SQLite's ALTER TABLE ADD COLUMN would put
/// the column after the constraints, so the table is rebuilt the way EF Core rebuilds SQLite tables,
/// giving exactly the schema the model describes (MigrationsTests).
/// </summary>
public sealed partial class EventDurationClass : Migration
{
    private const string Columns = """
        "Id", "Slug", "Title", "Summary", "TypeId", "StartDate", "EndDate", "DatePrecision", "EndDatePrecision", "Approximate",
        "LastDate", "DateNote", "LocalTime", "TimeZone", "PlaceId", "Status", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy", "Version"
        """;

    private const string Rebuild = """
        CREATE TABLE "ef_temp_Events" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_Events" PRIMARY KEY AUTOINCREMENT,
            "Slug" TEXT NOT NULL,
            "Title" TEXT NOT NULL,
            "Summary" TEXT NOT NULL,
            "TypeId" TEXT NOT NULL,
            "StartDate" TEXT NOT NULL,
            "EndDate" TEXT NULL,
            "DatePrecision" TEXT NOT NULL,
            "EndDatePrecision" TEXT NULL,
            "Approximate" INTEGER NOT NULL,
            "LastDate" TEXT NOT NULL,
            "DurationClass" INTEGER NOT NULL,
            "DateNote" TEXT NULL,
            "LocalTime" TEXT NULL,
            "TimeZone" TEXT NULL,
            "PlaceId" INTEGER NULL,
            "Status" TEXT NOT NULL,
            "CreatedAt" INTEGER NOT NULL,
            "CreatedBy" TEXT NOT NULL,
            "UpdatedAt" INTEGER NOT NULL,
            "UpdatedBy" TEXT NOT NULL,
            "Version" INTEGER NOT NULL,
            CONSTRAINT "FK_Events_EventTypes_TypeId" FOREIGN KEY ("TypeId") REFERENCES "EventTypes" ("Id") ON DELETE RESTRICT,
            CONSTRAINT "FK_Events_Places_PlaceId" FOREIGN KEY ("PlaceId") REFERENCES "Places" ("Id") ON DELETE RESTRICT
        );

        INSERT INTO "ef_temp_Events" ({columns}, "DurationClass")
        SELECT {columns},
               CASE WHEN julianday("LastDate") - julianday("StartDate") <= 31 THEN 0
                    WHEN julianday("LastDate") - julianday("StartDate") <= 366 THEN 1
                    ELSE 2 END
        FROM "Events";

        DROP TABLE "Events";

        ALTER TABLE "ef_temp_Events" RENAME TO "Events";

        CREATE INDEX "IX_Events_PlaceId" ON "Events" ("PlaceId");

        CREATE UNIQUE INDEX "IX_Events_Slug" ON "Events" ("Slug");

        CREATE INDEX "IX_Events_Status_DurationClass_StartDate_LastDate_DatePrecision" ON "Events" ("Status", "DurationClass", "StartDate", "LastDate", "DatePrecision");

        CREATE INDEX "IX_Events_Status_LastDate" ON "Events" ("Status", "LastDate");

        CREATE INDEX "IX_Events_Status_StartDate" ON "Events" ("Status", "StartDate");

        CREATE INDEX "IX_Events_TypeId" ON "Events" ("TypeId");
        """;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        // Other tables reference Events; dropping the old table must not cascade or fail (outside the transaction: a PRAGMA).
        migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
        foreach (var statement in Rebuild.Replace("{columns}", Columns).Split(";", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            migrationBuilder.Sql(statement + ";");
        }
        migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Nothing is ever dropped: restore a backup instead.");
}
