using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TimelineApp.Data.Migrations.PostgreSql
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
                    ActorId = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventActorCounts", x => x.ActorId);
                });

            migrationBuilder.CreateTable(
                name: "EventTagCounts",
                columns: table => new
                {
                    Tag = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventTagCounts", x => x.Tag);
                });

            // Counts for the tags and actors already there, then the triggers that keep them (see OptionRollupTriggers).
            migrationBuilder.Sql(OptionRollupTriggers.Rebuild);
            migrationBuilder.Sql(OptionRollupTriggers.CreatePostgres);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(OptionRollupTriggers.DropPostgres);

            migrationBuilder.DropTable(
                name: "EventActorCounts");

            migrationBuilder.DropTable(
                name: "EventTagCounts");
        }
    }
}
