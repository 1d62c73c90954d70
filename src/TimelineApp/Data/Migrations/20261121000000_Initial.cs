using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TimelineApp.Search;

namespace TimelineApp.Data.Migrations;

/// <summary>
/// The first schema: events, taxonomy, places, actors, sources, citations, claims, revisions, slug aliases,
/// Identity's tables and the FTS5 search index. Its SQL was written by hand before dotnet-ef could run here
/// (databases in the field ran it, so it stays); the designer file beside it is made by dotnet-ef.
/// </summary>
public sealed partial class Initial : Migration
{
    private const string Schema = """
        CREATE TABLE "Actors" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_Actors" PRIMARY KEY AUTOINCREMENT,
            "Name" TEXT NOT NULL,
            "Kind" TEXT NOT NULL
        );

        CREATE TABLE "Articles" (
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
            "IsArchived" INTEGER NOT NULL
        );

        CREATE TABLE "AspNetRoles" (
            "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
            "Name" TEXT NULL,
            "NormalizedName" TEXT NULL,
            "ConcurrencyStamp" TEXT NULL
        );

        CREATE TABLE "AspNetUsers" (
            "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
            "UserName" TEXT NULL,
            "NormalizedUserName" TEXT NULL,
            "Email" TEXT NULL,
            "NormalizedEmail" TEXT NULL,
            "EmailConfirmed" INTEGER NOT NULL,
            "PasswordHash" TEXT NULL,
            "SecurityStamp" TEXT NULL,
            "ConcurrencyStamp" TEXT NULL,
            "PhoneNumber" TEXT NULL,
            "PhoneNumberConfirmed" INTEGER NOT NULL,
            "TwoFactorEnabled" INTEGER NOT NULL,
            "LockoutEnd" TEXT NULL,
            "LockoutEnabled" INTEGER NOT NULL,
            "AccessFailedCount" INTEGER NOT NULL
        );

        CREATE TABLE "EventTypes" (
            "Id" TEXT NOT NULL CONSTRAINT "PK_EventTypes" PRIMARY KEY,
            "Name" TEXT NOT NULL,
            "Color" TEXT NOT NULL,
            "Shape" TEXT NOT NULL,
            "SortOrder" INTEGER NOT NULL,
            "IsArchived" INTEGER NOT NULL
        );

        CREATE TABLE "Places" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_Places" PRIMARY KEY AUTOINCREMENT,
            "Name" TEXT NOT NULL,
            "Country" TEXT NOT NULL,
            "Latitude" REAL NOT NULL,
            "Longitude" REAL NOT NULL,
            "GeoPrecision" TEXT NOT NULL
        );

        CREATE TABLE "AspNetRoleClaims" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
            "RoleId" TEXT NOT NULL,
            "ClaimType" TEXT NULL,
            "ClaimValue" TEXT NULL,
            CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
        );

        CREATE TABLE "AspNetUserClaims" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
            "UserId" TEXT NOT NULL,
            "ClaimType" TEXT NULL,
            "ClaimValue" TEXT NULL,
            CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
        );

        CREATE TABLE "AspNetUserLogins" (
            "LoginProvider" TEXT NOT NULL,
            "ProviderKey" TEXT NOT NULL,
            "ProviderDisplayName" TEXT NULL,
            "UserId" TEXT NOT NULL,
            CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
            CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
        );

        CREATE TABLE "AspNetUserRoles" (
            "UserId" TEXT NOT NULL,
            "RoleId" TEXT NOT NULL,
            CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
            CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
            CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
        );

        CREATE TABLE "AspNetUserTokens" (
            "UserId" TEXT NOT NULL,
            "LoginProvider" TEXT NOT NULL,
            "Name" TEXT NOT NULL,
            "Value" TEXT NULL,
            CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
            CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
        );

        CREATE TABLE "Events" (
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

        CREATE TABLE "Citations" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_Citations" PRIMARY KEY AUTOINCREMENT,
            "EventId" INTEGER NOT NULL,
            "ArticleId" INTEGER NOT NULL,
            "Quote" TEXT NOT NULL,
            "SortOrder" INTEGER NOT NULL,
            CONSTRAINT "FK_Citations_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE RESTRICT,
            CONSTRAINT "FK_Citations_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE RESTRICT
        );

        CREATE TABLE "EventActors" (
            "EventId" INTEGER NOT NULL,
            "ActorId" INTEGER NOT NULL,
            "Role" TEXT NOT NULL,
            CONSTRAINT "PK_EventActors" PRIMARY KEY ("EventId", "ActorId", "Role"),
            CONSTRAINT "FK_EventActors_Actors_ActorId" FOREIGN KEY ("ActorId") REFERENCES "Actors" ("Id") ON DELETE RESTRICT,
            CONSTRAINT "FK_EventActors_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE RESTRICT
        );

        CREATE TABLE "EventTags" (
            "EventId" INTEGER NOT NULL,
            "Tag" TEXT NOT NULL,
            CONSTRAINT "PK_EventTags" PRIMARY KEY ("EventId", "Tag"),
            CONSTRAINT "FK_EventTags_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE RESTRICT
        );

        CREATE TABLE "Revisions" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_Revisions" PRIMARY KEY AUTOINCREMENT,
            "EventId" INTEGER NOT NULL,
            "Number" INTEGER NOT NULL,
            "At" INTEGER NOT NULL,
            "By" TEXT NOT NULL,
            "Note" TEXT NULL,
            "Kind" TEXT NOT NULL,
            "IsPending" INTEGER NOT NULL,
            "Snapshot" TEXT NOT NULL,
            CONSTRAINT "FK_Revisions_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE RESTRICT
        );

        CREATE TABLE "SlugAliases" (
            "Slug" TEXT NOT NULL CONSTRAINT "PK_SlugAliases" PRIMARY KEY,
            "EventId" INTEGER NOT NULL,
            CONSTRAINT "FK_SlugAliases_Events_EventId" FOREIGN KEY ("EventId") REFERENCES "Events" ("Id") ON DELETE RESTRICT
        );

        CREATE TABLE "Claims" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_Claims" PRIMARY KEY AUTOINCREMENT,
            "CitationId" INTEGER NOT NULL,
            "Claimant" TEXT NULL,
            "Qualifier" TEXT NULL,
            "KilledMin" INTEGER NULL,
            "KilledMax" INTEGER NULL,
            "Injured" INTEGER NULL,
            "Note" TEXT NULL,
            CONSTRAINT "FK_Claims_Citations_CitationId" FOREIGN KEY ("CitationId") REFERENCES "Citations" ("Id") ON DELETE RESTRICT
        );

        CREATE INDEX "IX_Actors_Name" ON "Actors" ("Name");

        CREATE UNIQUE INDEX "IX_Articles_Key" ON "Articles" ("Key");

        CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

        CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

        CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

        CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

        CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

        CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

        CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

        CREATE INDEX "IX_Citations_ArticleId" ON "Citations" ("ArticleId");

        CREATE INDEX "IX_Citations_EventId" ON "Citations" ("EventId");

        CREATE INDEX "IX_Claims_CitationId" ON "Claims" ("CitationId");

        CREATE INDEX "IX_EventActors_ActorId" ON "EventActors" ("ActorId");

        CREATE INDEX "IX_Events_PlaceId" ON "Events" ("PlaceId");

        CREATE UNIQUE INDEX "IX_Events_Slug" ON "Events" ("Slug");

        CREATE INDEX "IX_Events_Status_LastDate" ON "Events" ("Status", "LastDate");

        CREATE INDEX "IX_Events_Status_StartDate" ON "Events" ("Status", "StartDate");

        CREATE INDEX "IX_Events_TypeId" ON "Events" ("TypeId");

        CREATE INDEX "IX_EventTags_Tag" ON "EventTags" ("Tag");

        CREATE INDEX "IX_Places_Country" ON "Places" ("Country");

        CREATE UNIQUE INDEX "IX_Revisions_EventId_Number" ON "Revisions" ("EventId", "Number");

        CREATE INDEX "IX_SlugAliases_EventId" ON "SlugAliases" ("EventId");
        """;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var statement in Schema.Split(";", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            migrationBuilder.Sql(statement + ";");
        }
        migrationBuilder.Sql(EventSearchIndex.CreateSql);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Nothing is ever dropped: restore a backup instead.");
}
