using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TimelineApp.Data.Migrations
{
    /// <inheritdoc />
    public partial class FilterOptionRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EventActorCounts",
                columns: table => new
                {
                    ActorId = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventActorCounts", x => x.ActorId);
                });

            migrationBuilder.CreateTable(
                name: "EventTagCounts",
                columns: table => new
                {
                    Tag = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventTagCounts", x => x.Tag);
                });

            // Counts for the tags and actors already there, then the triggers that keep them (see OptionRollupTriggers).
            migrationBuilder.Sql(OptionRollupTriggers.Rebuild);
            migrationBuilder.Sql(OptionRollupTriggers.CreateSqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(OptionRollupTriggers.DropSqlite);

            migrationBuilder.DropTable(
                name: "EventActorCounts");

            migrationBuilder.DropTable(
                name: "EventTagCounts");
        }
    }
}
