using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;
using Paaroerende.IntegrationTests.Infrastructure;
using static Paaroerende.IntegrationTests.Infrastructure.ConsentScenario;

namespace Paaroerende.IntegrationTests.Consents;

/// <summary>History is never rewritten — in code, and underneath in the database.</summary>
public class AppendOnlyTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_consent_record_cannot_be_changed_or_deleted_through_the_context(string provider)
    {
        var (relation, _) = await SeedAsync(provider);
        await using var db = await databases.ContextAsync(provider);
        var record = await db.ConsentRecords.FirstAsync(c => c.RelationId == relation);

        record.Level = ConsentLevel.Involved;
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());

        db.ChangeTracker.Clear();
        db.ConsentRecords.Remove(await db.ConsentRecords.FirstAsync(c => c.RelationId == relation));
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bulk_updates_and_deletes_are_refused(string provider)
    {
        var (relation, _) = await SeedAsync(provider);
        await using var db = await databases.ContextAsync(provider);

        await Assert.ThrowsAsync<AppendOnlyViolationException>(() =>
            db.ConsentRecords.Where(c => c.RelationId == relation).ExecuteDeleteAsync());
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() =>
            db.AuditEntries.ExecuteUpdateAsync(s => s.SetProperty(a => a.Detail, "changed")));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_database_itself_refuses_to_rewrite_history(string provider)
    {
        await SeedAsync(provider);
        await using var db = await databases.ContextAsync(provider);

        // A leading comment slips past the code guard's pattern on purpose: the trigger must still stop it.
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Database.ExecuteSqlRawAsync("/* raw */ UPDATE \"ConsentRecords\" SET \"Level\" = 'Involved'"));
        Assert.Contains("append-only", error.Message + error.InnerException?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_relation_can_be_ended_once_and_nothing_else_changed(string provider)
    {
        var (relationId, _) = await SeedAsync(provider);
        await using var db = await databases.ContextAsync(provider);
        var relation = await db.Relations.SingleAsync(r => r.Id == relationId);

        relation.Kind = RelationKind.Friend;
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());

        db.ChangeTracker.Clear();
        relation = await db.Relations.SingleAsync(r => r.Id == relationId);
        relation.EndedAtUtc = T0.AddDays(1);
        relation.EndedBy = RelationEndedBy.Citizen;
        await db.SaveChangesAsync();

        relation.EndedAtUtc = T0.AddDays(2);
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());

        db.ChangeTracker.Clear();
        db.Relations.Remove(await db.Relations.SingleAsync(r => r.Id == relationId));
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());
    }

    private async Task<(Guid Relation, Guid Citizen)> SeedAsync(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var s = await new ConsentScenario(db).WithUnitAsync();
        var citizen = s.Citizen();
        var relation = s.Relation(citizen, s.Person(), T0);
        s.Consent(relation, ConsentTopic.DailyLife, ConsentLevel.Informed, T0);
        await s.SaveAsync();
        new Paaroerende.Core.Audit.AuditLog(db, TimeProvider.System).Add("test", Core.Audit.AuditAction.ConsentRecorded, Core.Audit.AuditOutcome.Recorded, citizen);
        await db.SaveChangesAsync();
        return (relation, citizen);
    }
}
