using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Paaroerende.Core.Audit;
using Paaroerende.Core.CheckIns;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Expectations;
using Paaroerende.Core.Feedback;
using Paaroerende.Core.Invitations;
using Paaroerende.Core.Messages;
using Paaroerende.Core.Relatives;
using Paaroerende.Core.Retention;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Retention;

/// <summary>
/// Retention with an injected clock: a row just older than the cut-off is gone, one just newer stays, an active relation
/// is untouched, each run is recorded — and the ordinary app still cannot delete history.
/// </summary>
public class RetentionTests(MigratedDatabases databases) : IClassFixture<MigratedDatabases>
{
    private static readonly DateTime Now = new(2027, 6, 15, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Cutoff = Now.AddMonths(-new RetentionOptions().AuditEntriesMonths);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Audit_entries_just_older_than_the_limit_are_deleted_just_newer_ones_stay_and_the_run_is_recorded(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var older = Entry(db, Cutoff.AddSeconds(-1));
        var newer = Entry(db, Cutoff.AddSeconds(1));
        await db.SaveChangesAsync();

        var run = await PurgeAsync(db);

        var left = await db.AuditEntries.Where(a => a.Id == older || a.Id == newer).Select(a => a.Id).ToListAsync();
        Assert.Equal([newer], left);
        var stored = await db.RetentionRuns.AsNoTracking().SingleAsync(r => r.Id == run.Id);
        Assert.NotNull(stored.CompletedAtUtc);
        Assert.Equal(Cutoff, stored.AuditCutoffUtc);
        Assert.True(stored.AuditEntriesDeleted >= 1);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_relation_ended_before_the_limit_goes_with_its_data_while_a_newer_ending_and_an_active_relation_stay(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var s = await new ConsentScenario(db).WithUnitAsync();
        var citizen = s.Citizen();
        var (gonePerson, recentPerson, activePerson) = (s.Person(), s.Person(), s.Person());
        var longAgo = Now.AddYears(-3);
        var gone = s.Relation(citizen, gonePerson, longAgo, endedAt: Cutoff.AddSeconds(-1));
        var recent = s.Relation(citizen, recentPerson, longAgo, endedAt: Cutoff.AddSeconds(1));
        var active = s.Relation(citizen, activePerson, longAgo);
        foreach (var relation in new[] { gone, recent, active })
        {
            s.Consent(relation, ConsentTopic.DailyLife, ConsentLevel.Informed, longAgo);
        }

        var agreement = Agreement(db, gone, longAgo);
        db.ExpectationAcknowledgements.Add(new ExpectationAcknowledgement { Id = Guid.NewGuid(), AgreementId = agreement, PersonId = gonePerson, UserId = "test", AcknowledgedAtUtc = longAgo });
        db.WellbeingCheckIns.Add(new WellbeingCheckIn { Id = Guid.NewGuid(), RelationId = gone, SubmittedAtUtc = longAgo, Wellbeing = 3 });
        var thread = new MessageThread { Id = Guid.NewGuid(), CitizenId = citizen, PersonId = gonePerson, RelationId = gone, Subject = "Besøg", StartedAtUtc = longAgo, StartedByUserId = "test" };
        var message = new Message { Id = Guid.NewGuid(), ThreadId = thread.Id, From = MessageSide.Relative, AuthorUserId = "test", Body = "Hej", SentAtUtc = longAgo };
        db.MessageThreads.Add(thread);
        db.Messages.Add(message);
        db.MessageReads.Add(new MessageRead { MessageId = message.Id, ReaderUserId = "staff", ReadAtUtc = longAgo });
        var feedback = new UnitFeedback { Id = Guid.NewGuid(), UnitId = s.UnitId, PersonId = gonePerson, CitizenId = citizen, Text = "Tak for samarbejdet", SubmittedOn = new DateOnly(2024, 1, 1), InformationRating = 4, Answer = "Tak, Gone, vi ses" };
        db.UnitFeedback.Add(feedback);
        db.RelativeInvitations.Add(new RelativeInvitation { Id = Guid.NewGuid(), PersonId = gonePerson, Email = "gone@test.example", TokenHash = Guid.NewGuid().ToString("N"), CreatedAtUtc = longAgo, ExpiresAtUtc = longAgo.AddDays(7), InvitedByUserId = "test" });
        await s.SaveAsync();

        var run = await PurgeAsync(db);

        Assert.False(await db.Relations.AnyAsync(r => r.Id == gone));
        Assert.False(await db.ConsentRecords.AnyAsync(c => c.RelationId == gone));
        Assert.False(await db.ExpectationAgreements.AnyAsync(a => a.RelationId == gone));
        Assert.False(await db.ExpectationAcknowledgements.AnyAsync(k => k.PersonId == gonePerson));
        Assert.False(await db.WellbeingCheckIns.AnyAsync(c => c.RelationId == gone));
        Assert.False(await db.MessageThreads.AnyAsync(t => t.RelationId == gone));
        Assert.False(await db.Messages.AnyAsync(m => m.ThreadId == thread.Id));
        Assert.False(await db.MessageReads.AnyAsync(r => r.MessageId == message.Id));
        Assert.False(await db.RelativeInvitations.AnyAsync(i => i.PersonId == gonePerson));
        Assert.False(await db.People.AnyAsync(p => p.Id == gonePerson));
        var kept = await db.UnitFeedback.AsNoTracking().SingleAsync(f => f.Id == feedback.Id);
        Assert.Equal((null, null, "Tak for samarbejdet", 4), (kept.PersonId, kept.CitizenId, kept.Text, kept.InformationRating));
        Assert.Null(kept.Answer); // written to the relative by name: it goes with them (ADR 0037)
        foreach (var relation in new[] { recent, active })
        {
            Assert.True(await db.Relations.AnyAsync(r => r.Id == relation));
            Assert.Equal(1, await db.ConsentRecords.CountAsync(c => c.RelationId == relation));
        }

        Assert.True(await db.People.AnyAsync(p => p.Id == recentPerson));
        Assert.True(run.RelationsDeleted >= 1 && run.ConsentRecordsDeleted >= 1 && run.PeopleDeleted >= 1 && run.FeedbackAnonymised >= 1);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_person_with_another_relation_stays_when_one_of_their_relations_is_purged(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var s = await new ConsentScenario(db).WithUnitAsync();
        var (first, second) = (s.Citizen(), s.Citizen("Karen"));
        var person = s.Person();
        var gone = s.Relation(first, person, Now.AddYears(-3), endedAt: Cutoff.AddDays(-1));
        var still = s.Relation(second, person, Now.AddYears(-3));
        await s.SaveAsync();

        await PurgeAsync(db);

        Assert.False(await db.Relations.AnyAsync(r => r.Id == gone));
        Assert.True(await db.Relations.AnyAsync(r => r.Id == still));
        Assert.True(await db.People.AnyAsync(p => p.Id == person));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Outside_the_purge_history_still_cannot_be_deleted_not_even_old_rows(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        Entry(db, Now.AddYears(-10));
        await db.SaveChangesAsync();

        await Assert.ThrowsAsync<AppendOnlyViolationException>(() =>
            db.AuditEntries.Where(a => a.OccurredAtUtc < Cutoff).ExecuteDeleteAsync());
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() =>
            db.Relations.Where(r => r.EndedAtUtc != null).ExecuteDeleteAsync());
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Database.ExecuteSqlRawAsync("/* raw */ DELETE FROM \"AuditEntries\""));
        Assert.Contains("append-only", error.Message + error.InnerException?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_open_run_lets_no_row_newer_than_its_cutoff_go_and_a_closed_run_cannot_be_changed_or_deleted(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        Entry(db, Now.AddYears(-10));
        Entry(db, Now.AddYears(5));
        await db.SaveChangesAsync();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.RetentionRuns.Add(new RetentionRun { Id = Guid.NewGuid(), StartedAtUtc = Now, AuditCutoffUtc = Now, RelationsCutoffUtc = Now });
            await db.SaveChangesAsync();
            var refused = await Assert.ThrowsAnyAsync<Exception>(() =>
                db.Database.ExecuteSqlRawAsync("/* raw */ DELETE FROM \"AuditEntries\""));
            Assert.Contains("append-only", refused.Message + refused.InnerException?.Message, StringComparison.Ordinal);
            await transaction.RollbackAsync();
        }

        db.ChangeTracker.Clear();
        await PurgeAsync(db);
        foreach (var sql in new[] { "UPDATE \"RetentionRuns\" SET \"AuditEntriesDeleted\" = 0", "DELETE FROM \"RetentionRuns\"" })
        {
            var error = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(sql));
            Assert.Contains("append-only", error.Message + error.InnerException?.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Rate_limit_windows_older_than_a_day_are_deleted_and_todays_stay(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var now = new DateTimeOffset(Now).ToUnixTimeSeconds();
        var key = $"sign-in:{Guid.NewGuid():N}";
        db.RateLimitWindows.AddRange(
            new Core.RateLimiting.RateLimitWindow { Key = key, WindowStart = now - 86_400 - 60, Count = 30 },
            new Core.RateLimiting.RateLimitWindow { Key = key, WindowStart = now - 3_600, Count = 2 });
        await db.SaveChangesAsync();

        await PurgeAsync(db);

        Assert.Equal([now - 3_600], await db.RateLimitWindows.Where(w => w.Key == key).Select(w => w.WindowStart).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Sent_forms_keys_older_than_a_day_are_deleted_and_todays_stay(string provider)
    {
        await using var db = await databases.ContextAsync(provider);
        var userId = $"user-{Guid.NewGuid():N}";
        db.FormSendings.AddRange(
            new Core.Sendings.FormSending { UserId = userId, Key = $"{Guid.NewGuid():N}", SentAtUtc = Now.AddDays(-1).AddMinutes(-1), Location = "/Staff" },
            new Core.Sendings.FormSending { UserId = userId, Key = "0123456789abcdef0123456789abcdef", SentAtUtc = Now.AddHours(-23), Location = "/Staff" });
        await db.SaveChangesAsync();

        await PurgeAsync(db);

        Assert.Equal(["0123456789abcdef0123456789abcdef"], await db.FormSendings.Where(s => s.UserId == userId).Select(s => s.Key).ToListAsync());
    }

    private static async Task<RetentionRun> PurgeAsync(PortalDbContext db)
    {
        var purge = new RetentionPurge(db, Options.Create(new RetentionOptions()), new FakeClock(new DateTimeOffset(Now)),
            NullLogger<RetentionPurge>.Instance);
        var run = await purge.RunAsync();
        db.ChangeTracker.Clear();
        return run;
    }

    private static Guid Entry(PortalDbContext db, DateTime at)
    {
        var entry = new AuditEntry
        {
            Id = Guid.NewGuid(), OccurredAtUtc = at, ActorUserId = "test", Action = AuditAction.RelativeRead,
            Outcome = AuditOutcome.Allowed, CitizenId = Guid.NewGuid(),
        };
        db.AuditEntries.Add(entry);
        return entry.Id;
    }

    private static Guid Agreement(PortalDbContext db, Guid relationId, DateTime at)
    {
        var agreement = new ExpectationAgreement
        {
            Id = Guid.NewGuid(), RelationId = relationId, Version = 1, RelativeDoes = "Besøg", MunicipalityDoes = "Pleje",
            HowWeTalk = "Telefon", ContactPerson = "Kontakt", NextReviewOn = new DateOnly(2025, 1, 1), RecordedAtUtc = at,
            RecordedByUserId = "test",
        };
        db.ExpectationAgreements.Add(agreement);
        return agreement.Id;
    }
}
