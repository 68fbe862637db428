using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// Database triggers that refuse UPDATE and DELETE on an append-only table. Triggers are the one part of the schema
/// that cannot be written provider-neutrally, so each provider gets its own SQL.
/// </summary>
/// <remarks>
/// SQL Server has no BEFORE triggers and no row triggers: its trigger runs once per statement, after it, and THROW
/// inside a trigger rolls the statement (and its transaction) back, so nothing changed is kept. It refuses only when
/// the statement touched a row (<c>deleted</c> holds the old rows), as the row triggers of the others do.
/// </remarks>
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
        else if (m.IsSqlServer())
        {
            m.Sql(SqlServerRefuseAll("CREATE", table));
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
        else if (m.IsSqlServer())
        {
            m.Sql($"DROP TRIGGER IF EXISTS \"{SqlServerTriggers.NameFor(table)}\";");
        }
    }

    /// <summary>
    /// The T-SQL trigger that refuses every UPDATE and DELETE; <paramref name="verb"/> is CREATE or CREATE OR ALTER
    /// (the retention migration puts it back this way), run alone (<see cref="SqlServerBatch"/>).
    /// </summary>
    internal static string SqlServerRefuseAll(string verb, string table) => SqlServerBatch.Alone($"""
        {verb} TRIGGER "{SqlServerTriggers.NameFor(table)}" ON "{table}" AFTER UPDATE, DELETE AS
        BEGIN
            SET NOCOUNT ON;
            IF EXISTS (SELECT 1 FROM deleted)
                THROW 50000, '{table} is append-only', 1;
        END;
        """);
}
