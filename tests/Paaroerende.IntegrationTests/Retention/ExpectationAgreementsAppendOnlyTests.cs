using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Paaroerende.Core.Data;
using Paaroerende.Core.Expectations;
using Paaroerende.Core.Retention;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Retention;

/// <summary>
/// Expectation agreements and their acknowledgements are append-only like the consent history (docs/adr/0018): refused
/// in code and by database triggers, with the retention purge of an ended relation as the one way to delete them.
/// </summary>
public class ExpectationAgreementsAppendOnlyTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static readonly DateTime Now = new(2027, 6, 15, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime LongAgo = Now.AddYears(-3);

    private static readonly string[] RawStatements =
    [
        "/* raw */ UPDATE \"ExpectationAgreements\" SET \"ContactPerson\" = 'Ændret'",
        "/* raw */ DELETE FROM \"ExpectationAgreements\"",
        "/* raw */ UPDATE \"ExpectationAcknowledgements\" SET \"UserId\" = 'ændret'",
        "/* raw */ DELETE FROM \"ExpectationAcknowledgements\"",
    ];

    /// <summary>Every statement on every database (<see cref="Providers.All"/>).</summary>
    public static TheoryData<string, string> Statements
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var provider in Providers.All)
            {
                foreach (var statement in RawStatements)
                {
                    data.Add(provider, statement);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public async Task The_database_refuses_to_change_or_delete_an_agreement_or_its_acknowledgement(string provider, string statement)
    {
        await using var db = await databases.ContextAsync(provider);
        var (agreement, _) = await SeedAsync(db, endedAt: null);

        // The statements' leading comment slips past the code guard's pattern on purpose: the trigger must still stop them.
        var error = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(statement));

        Assert.Contains("append-only", error.Message + error.InnerException?.Message, StringComparison.Ordinal);
        db.ChangeTracker.Clear();
        Assert.Equal("Kontakt", await db.ExpectationAgreements.Where(a => a.Id == agreement).Select(a => a.ContactPerson).SingleAsync());
        Assert.True(await db.ExpectationAcknowledgements.AnyAsync(k => k.AgreementId == agreement));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Code_refuses_to_change_or_delete_an_agreement_or_its_acknowledgement(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var (agreementId, _) = await SeedAsync(db, endedAt: null);

        (await db.ExpectationAgreements.SingleAsync(a => a.Id == agreementId)).ContactPerson = "Ændret";
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.ExpectationAcknowledgements.Remove(await db.ExpectationAcknowledgements.SingleAsync(k => k.AgreementId == agreementId));
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        await Assert.ThrowsAsync<AppendOnlyViolationException>(() =>
            db.ExpectationAgreements.Where(a => a.Id == agreementId).ExecuteDeleteAsync());
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() =>
            db.ExpectationAcknowledgements.ExecuteUpdateAsync(s => s.SetProperty(k => k.UserId, "ændret")));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_open_run_may_delete_only_the_agreements_of_relations_that_ended_before_its_cutoff(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var (active, _) = await SeedAsync(db, endedAt: null);
        var (ended, _) = await SeedAsync(db, endedAt: LongAgo);

        await using var transaction = await db.Database.BeginTransactionAsync();
        db.RetentionRuns.Add(new RetentionRun { Id = Guid.NewGuid(), StartedAtUtc = Now, AuditCutoffUtc = Now, RelationsCutoffUtc = Now });
        await db.SaveChangesAsync();

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlAsync(
            $"/* raw */ DELETE FROM \"ExpectationAcknowledgements\" WHERE \"AgreementId\" = {active}"));
        Assert.Contains("append-only", refused.Message + refused.InnerException?.Message, StringComparison.Ordinal);
        await transaction.RollbackAsync();
        await using var allowed = await db.Database.BeginTransactionAsync();
        db.ChangeTracker.Clear();
        db.RetentionRuns.Add(new RetentionRun { Id = Guid.NewGuid(), StartedAtUtc = Now, AuditCutoffUtc = Now, RelationsCutoffUtc = Now });
        await db.SaveChangesAsync();
        Assert.Equal(1, await db.Database.ExecuteSqlAsync($"/* raw */ DELETE FROM \"ExpectationAcknowledgements\" WHERE \"AgreementId\" = {ended}"));
        Assert.Equal(1, await db.Database.ExecuteSqlAsync($"/* raw */ DELETE FROM \"ExpectationAgreements\" WHERE \"Id\" = {ended}"));
        await allowed.RollbackAsync();
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_retention_purge_still_deletes_an_ended_relations_agreements_and_keeps_an_active_ones(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var (active, activePerson) = await SeedAsync(db, endedAt: null);
        var (ended, endedPerson) = await SeedAsync(db, endedAt: LongAgo);

        var purge = new RetentionPurge(db, Options.Create(new RetentionOptions()), new FakeClock(new DateTimeOffset(Now)),
            NullLogger<RetentionPurge>.Instance);
        var run = await purge.RunAsync();
        db.ChangeTracker.Clear();

        Assert.NotNull(run.CompletedAtUtc);
        Assert.False(await db.ExpectationAgreements.AnyAsync(a => a.Id == ended));
        Assert.False(await db.ExpectationAcknowledgements.AnyAsync(k => k.AgreementId == ended || k.PersonId == endedPerson));
        Assert.True(await db.ExpectationAgreements.AnyAsync(a => a.Id == active));
        Assert.True(await db.ExpectationAcknowledgements.AnyAsync(k => k.AgreementId == active && k.PersonId == activePerson));
    }

    /// <summary>A relation (ended when given) with one agreement acknowledged by its relative; returns the agreement and the person.</summary>
    private static async Task<(Guid Agreement, Guid Person)> SeedAsync(PortalDbContext db, DateTime? endedAt)
    {
        var s = await new ConsentScenario(db).WithUnitAsync();
        var person = s.Person();
        var relation = s.Relation(s.Citizen(), person, LongAgo.AddYears(-1), endedAt: endedAt);
        var agreement = new ExpectationAgreement
        {
            Id = Guid.NewGuid(), RelationId = relation, Version = 1, RelativeDoes = "Besøg", MunicipalityDoes = "Pleje",
            HowWeTalk = "Telefon", ContactPerson = "Kontakt", NextReviewOn = new DateOnly(2025, 1, 1), RecordedAtUtc = LongAgo,
            RecordedByUserId = "test",
        };
        db.ExpectationAgreements.Add(agreement);
        db.ExpectationAcknowledgements.Add(new ExpectationAcknowledgement
        {
            Id = Guid.NewGuid(), AgreementId = agreement.Id, PersonId = person, UserId = "test", AcknowledgedAtUtc = LongAgo,
        });
        await s.SaveAsync();
        db.ChangeTracker.Clear();
        return (agreement.Id, person);
    }
}
