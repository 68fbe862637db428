using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Retention;

namespace Paaroerende.IntegrationTests.Data.SqlServer;

/// <summary>
/// EF's SQL Server provider writes bulk statements differently (<c>DELETE FROM [c] FROM [ConsentRecords] AS [c]</c>),
/// so the append-only guard must read that shape too: checked here on the real SQL, without a server. What passes the
/// guard (the retention purge's tagged deletes, the current-consents rebuild) must parse as T-SQL.
/// </summary>
public sealed class SqlServerBulkStatementTests
{
    private static readonly DateTime Cutoff = new(2025, 12, 3, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task The_guard_refuses_bulk_changes_of_history_in_SQL_Servers_shape()
    {
        using var server = new NoServerSqlServer();
        var db = server.Context;

        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.ConsentRecords.Where(c => c.RecordedAtUtc < Cutoff).ExecuteDeleteAsync());
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.AuditEntries.ExecuteUpdateAsync(s => s.SetProperty(a => a.Detail, "changed")));
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.ExpectationAgreements.ExecuteDeleteAsync());
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.Relations.Where(r => r.EndedAtUtc < Cutoff).ExecuteDeleteAsync());

        Assert.Empty(server.Commands);
    }

    [Fact]
    public async Task The_retention_purges_deletes_and_the_rebuild_pass_the_guard_and_parse()
    {
        using var server = new NoServerSqlServer();
        var db = server.Context;

        await db.AuditEntries.TagWith(RetentionPurge.CommandTag).Where(a => a.OccurredAtUtc < Cutoff).ExecuteDeleteAsync();
        await db.ConsentRecords.TagWith(RetentionPurge.CommandTag).Where(c => c.RecordedAtUtc < Cutoff).ExecuteDeleteAsync();
        await db.Relations.TagWith(RetentionPurge.CommandTag).Where(r => r.EndedAtUtc < Cutoff).ExecuteDeleteAsync();
        await db.CurrentConsents.ExecuteDeleteAsync();
        var sent = server.Commands.Append(CurrentConsentRebuild.FillSql).ToList();

        Assert.Equal(5, sent.Count);
        Assert.All(sent, sql => Assert.Empty(TSql.Errors(sql)));
    }
}
