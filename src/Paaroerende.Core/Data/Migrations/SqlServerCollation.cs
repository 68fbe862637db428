using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// The portal compares text as SQLite and PostgreSQL do: '=' and unique indexes tell upper from lower case and a from
/// å; case-insensitive matching is written out (Identity's upper-cased Normalized columns, lower() in searches). So a
/// SQL Server database must use a case- and accent-sensitive collation (docs/adr/0025). Most servers default to a
/// case-insensitive one, and the collation of a database cannot be changed once tables exist, so the first migration
/// refuses to build the schema in the wrong one rather than leave a portal that behaves differently.
/// </summary>
internal static class SqlServerCollation
{
    /// <summary>The collation docs/sqlserver.md asks for and the SQL Server tests create their databases with.</summary>
    public const string Recommended = "Latin1_General_100_CS_AS_SC";

    public static void RequireCaseAndAccentSensitive(MigrationBuilder m)
    {
        if (!m.IsSqlServer())
        {
            return;
        }

        // Collation names say _CS_ (case-sensitive) and _AS (accent-sensitive), or _BIN/_BIN2 (binary, which is both).
        m.Sql($"""
            IF NOT EXISTS (SELECT 1 FROM sys.databases WHERE database_id = DB_ID()
                           AND (collation_name LIKE '%[_]BIN%' OR (collation_name LIKE '%[_]CS[_]%' AND collation_name LIKE '%[_]AS%')))
                THROW 50000, 'The database collation must be case- and accent-sensitive, e.g. CREATE DATABASE ... COLLATE {Recommended} (see docs/sqlserver.md).', 1;
            """);
    }
}
