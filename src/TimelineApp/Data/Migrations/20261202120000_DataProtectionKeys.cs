using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TimelineApp.Data.Migrations;

/// <summary>
/// ASP.NET Core Data Protection keys move from App_Data/keys into the database, so every instance shares them.
/// Keys are not copied over: sign-ins and open forms are reset once at this upgrade (see docs/postgresql.md).
/// </summary>
[DbContext(typeof(TimelineDb))]
[Migration("20261202120000_DataProtectionKeys")]
public sealed class DataProtectionKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE "DataProtectionKeys" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
            "FriendlyName" TEXT NULL,
            "Xml" TEXT NULL
        );
        """);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        throw new NotSupportedException("Nothing is ever dropped: restore a backup instead.");
}
