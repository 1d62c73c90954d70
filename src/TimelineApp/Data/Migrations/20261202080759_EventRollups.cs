using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TimelineApp.Data.Migrations
{
    /// <inheritdoc />
    public partial class EventRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EventCountryCounts",
                columns: table => new
                {
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    TypeId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventCountryCounts", x => new { x.Country, x.TypeId });
                });

            migrationBuilder.CreateTable(
                name: "EventDayCounts",
                columns: table => new
                {
                    StartDate = table.Column<string>(type: "TEXT", nullable: false),
                    LastDate = table.Column<string>(type: "TEXT", nullable: false),
                    DurationClass = table.Column<int>(type: "INTEGER", nullable: false),
                    DatePrecision = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    TypeId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventDayCounts", x => new { x.StartDate, x.LastDate, x.DurationClass, x.DatePrecision, x.TypeId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_EventDayCounts_DurationClass_StartDate_LastDate",
                table: "EventDayCounts",
                columns: new[] { "DurationClass", "StartDate", "LastDate" });

            // Counts for the events already there, then the triggers that keep them (see RollupTriggers).
            migrationBuilder.Sql(RollupTriggers.Rebuild);
            migrationBuilder.Sql(RollupTriggers.CreateSqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(RollupTriggers.DropSqlite);

            migrationBuilder.DropTable(
                name: "EventCountryCounts");

            migrationBuilder.DropTable(
                name: "EventDayCounts");
        }
    }
}
