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
