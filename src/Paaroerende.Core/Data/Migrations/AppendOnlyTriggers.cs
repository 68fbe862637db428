using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// Database triggers that refuse UPDATE and DELETE on an append-only table. Triggers are the one part of the schema
/// that cannot be written provider-neutrally, so each provider gets its own SQL (SQL Server: see docs/sqlserver.md).
/// </summary>
internal static class AppendOnlyTriggers
{
    public static void Create(MigrationBuilder m, string table)
    {
        if (m.IsSqlite())
        {
            foreach (var operation in new[] { "UPDATE", "DELETE" })
            {
                m.Sql($"""
                    CREATE TRIGGER "{table}_AppendOnly_{operation}" BEFORE {operation} ON "{table}"
                    BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;
                    """);
            }
        }
        else if (m.IsNpgsql())
        {
            m.Sql($"""
                CREATE OR REPLACE FUNCTION "{table}_AppendOnly"() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION '{table} is append-only'; END;
                $$ LANGUAGE plpgsql;
                CREATE TRIGGER "{table}_AppendOnly" BEFORE UPDATE OR DELETE ON "{table}"
                FOR EACH ROW EXECUTE FUNCTION "{table}_AppendOnly"();
                """);
        }
        else
        {
            throw new NotSupportedException($"Append-only triggers for {m.ActiveProvider} are not written yet.");
        }
    }

    public static void Drop(MigrationBuilder m, string table)
    {
        if (m.IsSqlite())
        {
            m.Sql($"DROP TRIGGER IF EXISTS \"{table}_AppendOnly_UPDATE\";");
            m.Sql($"DROP TRIGGER IF EXISTS \"{table}_AppendOnly_DELETE\";");
        }
        else if (m.IsNpgsql())
        {
            m.Sql($"DROP TRIGGER IF EXISTS \"{table}_AppendOnly\" ON \"{table}\"; DROP FUNCTION IF EXISTS \"{table}_AppendOnly\"();");
        }
    }
}
