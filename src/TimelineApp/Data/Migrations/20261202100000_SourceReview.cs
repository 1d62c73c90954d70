using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TimelineApp.Data.Migrations;

/// <summary>
/// Source review and account settings: Articles.AwaitsAcceptance (an editor's new article stays hidden until a
/// reviewer accepts it; existing articles are accepted), the ArticleRevisions table (every save of an article, and
/// editors' pending changes) and SiteSettings (reviewers' switches such as "require two-factor sign-in").
/// </summary>
[DbContext(typeof(TimelineDb))]
[Migration("20261202100000_SourceReview")]
public sealed class SourceReview : Migration
{
    private const string Columns = """
        "Id", "Key", "Outlet", "Author", "Headline", "Url", "PublishedDate", "Language", "Text", "ReliabilityNote", "DateNote",
        "CreatedAt", "CreatedBy", "IsArchived"
        """;

    private const string Statements = """
        CREATE TABLE "ef_temp_Articles" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_Articles" PRIMARY KEY AUTOINCREMENT,
            "Key" TEXT NOT NULL,
            "Outlet" TEXT NOT NULL,
            "Author" TEXT NOT NULL,
            "Headline" TEXT NOT NULL,
            "Url" TEXT NULL,
            "PublishedDate" TEXT NOT NULL,
            "Language" TEXT NOT NULL,
            "Text" TEXT NOT NULL,
            "ReliabilityNote" TEXT NULL,
            "DateNote" TEXT NULL,
            "CreatedAt" INTEGER NOT NULL,
            "CreatedBy" TEXT NOT NULL,
            "IsArchived" INTEGER NOT NULL,
            "AwaitsAcceptance" INTEGER NOT NULL DEFAULT 0
        );

        INSERT INTO "ef_temp_Articles" ({columns}, "AwaitsAcceptance")
        SELECT {columns}, 0
        FROM "Articles";

        DROP TABLE "Articles";

        ALTER TABLE "ef_temp_Articles" RENAME TO "Articles";

        CREATE UNIQUE INDEX "IX_Articles_Key" ON "Articles" ("Key");

        CREATE TABLE "ArticleRevisions" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_ArticleRevisions" PRIMARY KEY AUTOINCREMENT,
            "ArticleId" INTEGER NOT NULL,
            "Number" INTEGER NOT NULL,
            "At" INTEGER NOT NULL,
            "By" TEXT NOT NULL,
            "Note" TEXT NULL,
            "Kind" TEXT NOT NULL,
            "IsPending" INTEGER NOT NULL,
            "Snapshot" TEXT NOT NULL,
            CONSTRAINT "FK_ArticleRevisions_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE RESTRICT
        );

        CREATE UNIQUE INDEX "IX_ArticleRevisions_ArticleId_Number" ON "ArticleRevisions" ("ArticleId", "Number");

        CREATE TABLE "SiteSettings" (
            "Key" TEXT NOT NULL CONSTRAINT "PK_SiteSettings" PRIMARY KEY,
            "Value" TEXT NOT NULL
        );
        """;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        // Citations reference Articles; rebuilding it (so the column sits where the model puts it) must not cascade or fail.
        migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
        foreach (var statement in Statements.Replace("{columns}", Columns).Split(";", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            migrationBuilder.Sql(statement + ";");
        }
        migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Nothing is ever dropped: restore a backup instead.");
}
