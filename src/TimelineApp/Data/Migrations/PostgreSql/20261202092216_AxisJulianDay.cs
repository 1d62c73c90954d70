using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TimelineApp.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AxisJulianDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The axis groups events into buckets of days in the database with SQLite's julianday() (Axis/SqlDates).
            // PostgreSQL has no such function; this one gives the same number for a date column, so one query serves both.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION julianday(d date) RETURNS double precision
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                AS $$ SELECT (d - DATE '0001-01-01') + 1721425.5 $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS julianday(date);");
        }
    }
}
