using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// Replaces the DELETE half of an append-only trigger (<see cref="AppendOnlyTriggers"/>) with one that lets a row go
/// only while an open retention run can see it as older than its cut-off. A run is open only inside the retention
/// job's own transaction (the job closes it before committing, and other transactions never see an uncommitted row),
/// so for everyone else the table stays append-only. UPDATE is still refused always. The retention runs themselves can
/// be closed once and never deleted.
/// </summary>
/// <remarks>
/// The conditions are written over <c>OLD</c>, the deleted row. SQL Server's statement trigger reads the deleted rows
/// from its <c>deleted</c> table, which it names <c>OLD</c> here, so the same condition serves all three databases.
/// </remarks>
internal static class RetentionTriggers
{
    /// <summary>The SQL condition (over OLD) under which the open run allows deleting a row of the table.</summary>
    public static readonly IReadOnlyDictionary<string, string> Allowed = new Dictionary<string, string>
    {
        ["AuditEntries"] = """
            EXISTS (SELECT 1 FROM "RetentionRuns" r WHERE r."CompletedAtUtc" IS NULL AND OLD."OccurredAtUtc" < r."AuditCutoffUtc")
            """,
        ["ConsentRecords"] = """
            EXISTS (SELECT 1 FROM "RetentionRuns" r JOIN "Relations" rel ON rel."Id" = OLD."RelationId"
                    WHERE r."CompletedAtUtc" IS NULL AND rel."EndedAtUtc" IS NOT NULL AND rel."EndedAtUtc" < r."RelationsCutoffUtc")
            """,
    };

    /// <summary>
    /// What an open run may delete from the expectation agreements and their acknowledgements (added after the first
    /// retention migration): the rows of a relation that ended before the relations cut-off, as for consent records,
    /// and the acknowledgements of a person the purge is deleting (one with no relation left).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> AllowedForAgreements = new Dictionary<string, string>
    {
        ["ExpectationAgreements"] = Allowed["ConsentRecords"],
        ["ExpectationAcknowledgements"] = """
            EXISTS (SELECT 1 FROM "RetentionRuns" r
                    WHERE r."CompletedAtUtc" IS NULL
                      AND (EXISTS (SELECT 1 FROM "ExpectationAgreements" a JOIN "Relations" rel ON rel."Id" = a."RelationId"
                                   WHERE a."Id" = OLD."AgreementId" AND rel."EndedAtUtc" IS NOT NULL AND rel."EndedAtUtc" < r."RelationsCutoffUtc")
                           OR NOT EXISTS (SELECT 1 FROM "Relations" rel WHERE rel."PersonId" = OLD."PersonId")))
            """,
    };

    public static void Create(MigrationBuilder m)
    {
        foreach (var (table, allowed) in Allowed)
        {
            AllowPurge(m, table, allowed);
        }

        ProtectRuns(m);
    }

    public static void Drop(MigrationBuilder m)
    {
        foreach (var table in Allowed.Keys)
        {
            RefuseAll(m, table);
        }
    }

    /// <summary>Replaces the DELETE half of the table's append-only trigger with one that lets the open run's rows go.</summary>
    public static void AllowPurge(MigrationBuilder m, string table, string allowed)
    {
        if (m.IsSqlite())
        {
            m.Sql($"DROP TRIGGER \"{table}_AppendOnly_DELETE\";");
            m.Sql($"""
                CREATE TRIGGER "{table}_AppendOnly_DELETE" BEFORE DELETE ON "{table}"
                WHEN NOT {allowed}
                BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;
                """);
        }
        else if (m.IsNpgsql())
        {
            m.Sql($"""
                CREATE OR REPLACE FUNCTION "{table}_AppendOnly"() RETURNS trigger AS $$
                BEGIN
                    IF TG_OP = 'DELETE' AND {allowed} THEN RETURN OLD; END IF;
                    RAISE EXCEPTION '{table} is append-only';
                END;
                $$ LANGUAGE plpgsql;
                """);
        }
        else if (m.IsSqlServer())
        {
            // inserted holds rows only for an UPDATE that touched rows: always refused. A DELETE is refused when any
            // of its rows is outside what the open run allows.
            m.Sql(SqlServerBatch.Alone($"""
                CREATE OR ALTER TRIGGER "{SqlServerTriggers.NameFor(table)}" ON "{table}" AFTER UPDATE, DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    IF EXISTS (SELECT 1 FROM inserted) OR EXISTS (SELECT 1 FROM deleted AS OLD WHERE NOT {allowed})
                        THROW 50000, '{table} is append-only', 1;
                END;
                """));
        }
        else
        {
            throw new NotSupportedException($"Retention triggers for {m.ActiveProvider} are not written yet.");
        }
    }

    /// <summary>The undo of <see cref="AllowPurge"/>: the table's append-only trigger refuses every DELETE again.</summary>
    public static void RefuseAll(MigrationBuilder m, string table)
    {
        if (m.IsSqlite())
        {
            m.Sql($"DROP TRIGGER IF EXISTS \"{table}_AppendOnly_DELETE\";");
            m.Sql($"""
                CREATE TRIGGER "{table}_AppendOnly_DELETE" BEFORE DELETE ON "{table}"
                BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END;
                """);
        }
        else if (m.IsNpgsql())
        {
            m.Sql($"""
                CREATE OR REPLACE FUNCTION "{table}_AppendOnly"() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION '{table} is append-only'; END;
                $$ LANGUAGE plpgsql;
                """);
        }
        else if (m.IsSqlServer())
        {
            m.Sql(AppendOnlyTriggers.SqlServerRefuseAll("CREATE OR ALTER", table));
        }
    }

    private static void ProtectRuns(MigrationBuilder m)
    {
        if (m.IsSqlite())
        {
            m.Sql("""
                CREATE TRIGGER "RetentionRuns_Closed_UPDATE" BEFORE UPDATE ON "RetentionRuns"
                WHEN OLD."CompletedAtUtc" IS NOT NULL
                BEGIN SELECT RAISE(ABORT, 'RetentionRuns is append-only'); END;
                """);
            m.Sql("""
                CREATE TRIGGER "RetentionRuns_AppendOnly_DELETE" BEFORE DELETE ON "RetentionRuns"
                BEGIN SELECT RAISE(ABORT, 'RetentionRuns is append-only'); END;
                """);
        }
        else if (m.IsSqlServer())
        {
            // An UPDATE of an open run (inserted and deleted both hold rows) may close it; anything else is refused.
            m.Sql(SqlServerBatch.Alone("""
                CREATE TRIGGER "RetentionRuns_AppendOnly" ON "RetentionRuns" AFTER UPDATE, DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    IF EXISTS (SELECT 1 FROM deleted WHERE "CompletedAtUtc" IS NOT NULL)
                       OR (EXISTS (SELECT 1 FROM deleted) AND NOT EXISTS (SELECT 1 FROM inserted))
                        THROW 50000, 'RetentionRuns is append-only', 1;
                END;
                """));
        }
        else
        {
            m.Sql("""
                CREATE OR REPLACE FUNCTION "RetentionRuns_AppendOnly"() RETURNS trigger AS $$
                BEGIN
                    IF TG_OP = 'UPDATE' AND OLD."CompletedAtUtc" IS NULL THEN RETURN NEW; END IF;
                    RAISE EXCEPTION 'RetentionRuns is append-only';
                END;
                $$ LANGUAGE plpgsql;
                CREATE TRIGGER "RetentionRuns_AppendOnly" BEFORE UPDATE OR DELETE ON "RetentionRuns"
                FOR EACH ROW EXECUTE FUNCTION "RetentionRuns_AppendOnly"();
                """);
        }
    }
}
