using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TimelineApp.Data.Migrations
{
    /// <inheritdoc />
    public partial class SourceCaptures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SourceCaptures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FinalUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    HttpStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Redirects = table.Column<string>(type: "TEXT", maxLength: 12000, nullable: true),
                    CapturedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CapturedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    IsUpload = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExtractedText = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceCaptures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SourceCaptures_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SourceLinks",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CheckedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Failures = table.Column<int>(type: "INTEGER", nullable: false),
                    MovedTo = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceLinks", x => x.ArticleId);
                    table.ForeignKey(
                        name: "FK_SourceLinks_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SourceCaptures_ArticleId_Number",
                table: "SourceCaptures",
                columns: new[] { "ArticleId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SourceCaptures_FinalUrl",
                table: "SourceCaptures",
                column: "FinalUrl");

            migrationBuilder.CreateIndex(
                name: "IX_SourceCaptures_RequestedUrl",
                table: "SourceCaptures",
                column: "RequestedUrl");

            migrationBuilder.CreateIndex(
                name: "IX_SourceLinks_Status",
                table: "SourceLinks",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SourceCaptures");

            migrationBuilder.DropTable(
                name: "SourceLinks");
        }
    }
}
