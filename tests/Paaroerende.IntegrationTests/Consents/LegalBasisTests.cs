using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core;
using Paaroerende.Core.Consents;
using Paaroerende.Demo;
using Paaroerende.Core.Relatives;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Notifications;
using Paaroerende.IntegrationTests.Relatives;
using Paaroerende.IntegrationTests.Staff;
using static Paaroerende.IntegrationTests.Staff.ConsentPerTopicTests;

namespace Paaroerende.IntegrationTests.Consents;

/// <summary>
/// Legal bases that hold (issue #14, ADR 0033), in the recorder itself so no writer can go around them: custody is
/// refused for an adult citizen and ends by itself at a child's 18th birthday, Danish time; fuldmagt and værgemål keep
/// their scope, document and expiry, and no decision on them outlasts the document.
/// </summary>
public class LegalBasisTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Custody_is_refused_for_a_citizen_born_in_1950_and_nothing_is_recorded(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var citizen = await factory.AddCitizenAsync(StaffWorld.DemoHome, "Voksen", "Borgersen", new DateOnly(1950, 4, 2));
        var (relationId, _) = await factory.AddRelationAsync(citizen, "Far", "Borgersen", Instant.Now(factory.Clock).AddDays(-1));

        var refused = await Assert.ThrowsAsync<LegalBasisRefusedException>(() =>
            RecordAsync(factory, Command(factory, relationId, ConsentBasis.ParentalCustody, until: null)));

        Assert.Equal(LegalBasisProblem.CustodyForAdult, refused.Problem);
        Assert.Equal(0, await factory.CountAsync(db => db.ConsentRecords.Where(c => c.RelationId == relationId)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Custody_for_a_child_ends_by_itself_the_day_the_child_turns_18_in_Danish_time(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var birthDate = Today(factory).AddYears(-18).AddDays(20);
        var eighteenth = StartOfDay(birthDate.AddYears(18));
        var citizen = await factory.AddCitizenAsync(StaffWorld.DemoHome, "Ida", "Barnsen", birthDate);
        var (relationId, personId) = await factory.AddRelationAsync(citizen, "Mor", "Barnsen", Instant.Now(factory.Clock).AddDays(-1));
        var (laterRelationId, _) = await factory.AddRelationAsync(citizen, "Far", "Barnsen", Instant.Now(factory.Clock).AddDays(-1));

        await RecordAsync(factory, Command(factory, relationId, ConsentBasis.ParentalCustody, until: null));
        await RecordAsync(factory, Command(factory, laterRelationId, ConsentBasis.ParentalCustody, until: eighteenth.AddDays(90)));

        var ends = await factory.WithDbAsync(db => db.ConsentRecords
            .Where(c => c.RelationId == relationId || c.RelationId == laterRelationId).Select(c => c.ValidUntilUtc).ToListAsync());
        Assert.Equal(new DateTime?[] { eighteenth, eighteenth }, ends);
        Assert.True(await MaySeeMedicineAsync(factory, personId, citizen, eighteenth.AddTicks(-10)));
        Assert.False(await MaySeeMedicineAsync(factory, personId, citizen, eighteenth));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Fuldmagt_without_scope_document_or_expiry_is_refused_and_with_them_ends_when_the_document_does(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var citizen = await factory.AddCitizenAsync(StaffWorld.DemoHome, "Fuld", "Magtsen", new DateOnly(1944, 2, 3));
        var (relationId, _) = await factory.AddRelationAsync(citizen, "Søn", "Magtsen", Instant.Now(factory.Clock).AddDays(-1));
        var expires = StartOfDay(Today(factory).AddDays(60));
        var whole = Command(factory, relationId, ConsentBasis.PowerOfAttorney, until: null) with { BasisScope = "Økonomi og bolig" };

        Assert.Equal(LegalBasisProblem.ScopeMissing, (await Assert.ThrowsAsync<LegalBasisRefusedException>(() =>
            RecordAsync(factory, whole with { BasisScope = " ", BasisDocument = "Fuldmagt af 3. marts 2026", BasisExpiresUtc = expires }))).Problem);
        Assert.Equal(LegalBasisProblem.DocumentMissing, (await Assert.ThrowsAsync<LegalBasisRefusedException>(() =>
            RecordAsync(factory, whole with { BasisExpiresUtc = expires }))).Problem);
        Assert.Equal(LegalBasisProblem.ExpiryMissing, (await Assert.ThrowsAsync<LegalBasisRefusedException>(() =>
            RecordAsync(factory, whole with { BasisDocument = "Fuldmagt af 3. marts 2026" }))).Problem);
        Assert.Equal(0, await factory.CountAsync(db => db.ConsentRecords.Where(c => c.RelationId == relationId)));

        await RecordAsync(factory, whole with { BasisDocument = "Fuldmagt af 3. marts 2026, j.nr. 12-34", BasisExpiresUtc = expires });

        var record = await factory.WithDbAsync(db => db.ConsentRecords.SingleAsync(c => c.RelationId == relationId));
        Assert.Equal(
            ("Økonomi og bolig", "Fuldmagt af 3. marts 2026, j.nr. 12-34", (DateTime?)expires, (DateTime?)expires),
            (record.BasisScope, record.BasisDocument, record.BasisExpiresUtc, record.ValidUntilUtc));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_guardianship_indtil_videre_needs_no_expiry_and_a_withdrawal_needs_no_document(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var citizen = await factory.AddCitizenAsync(StaffWorld.DemoHome, "Værge", "Målsen", new DateOnly(1939, 9, 9));
        var (relationId, _) = await factory.AddRelationAsync(citizen, "Værge", "Datter", Instant.Now(factory.Clock).AddDays(-1));

        await RecordAsync(factory, Command(factory, relationId, ConsentBasis.Guardianship, until: null) with
        {
            BasisScope = "Økonomiske forhold", BasisDocument = "Familieretshusets afgørelse 2026-123",
        });
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        await RecordAsync(factory, Command(factory, relationId, ConsentBasis.Guardianship, until: null, ConsentLevel.None));

        var records = await factory.WithDbAsync(db => db.ConsentRecords.Where(c => c.RelationId == relationId)
            .OrderBy(c => c.RecordedAtUtc).Select(c => new { c.Level, c.ValidUntilUtc, c.BasisExpiresUtc }).ToListAsync());
        Assert.Equal(
            new (ConsentLevel, DateTime?, DateTime?)[] { (ConsentLevel.Informed, null, null), (ConsentLevel.None, null, null) },
            records.Select(r => (r.Level, r.ValidUntilUtc, r.BasisExpiresUtc)));
    }

    private static ConsentCommand Command(
        PortalFactory factory, Guid relationId, ConsentBasis basis, DateTime? until, ConsentLevel level = ConsentLevel.Informed) =>
        ConsentCommand.Alike(relationId, basis, null, HowGiven.Written, Instant.Now(factory.Clock).AddMinutes(-1), until, null,
            new Dictionary<ConsentTopic, ConsentLevel> { [ConsentTopic.Medicine] = level });

    private static async Task RecordAsync(PortalFactory factory, ConsentCommand command)
    {
        var staff = await factory.UserIdAsync(DemoAccounts.Staff);
        await factory.WithServiceAsync<ConsentRecorder, int>(r => r.RecordConsentsAsync(staff, command));
    }

    private static async Task<bool> MaySeeMedicineAsync(PortalFactory factory, Guid personId, Guid citizenId, DateTime atUtc)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var outlook = await scope.ServiceProvider.GetRequiredService<ConsentGate>().OutlookAsync(personId, citizenId, atUtc);
        return outlook.Single(o => o.Topic == ConsentTopic.Medicine).Allowed;
    }
}
