using Microsoft.EntityFrameworkCore;
using Paaroerende.Core;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Relatives;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.CitizenArea;

/// <summary>
/// A citizen with a sign-in and one relative with a sign-in, both new, so a test can change consents freely without
/// touching the demo people other tests read.
/// </summary>
public sealed record CitizenWorld(
    Guid CitizenId, string CitizenEmail, string CitizenUserId, Guid PersonId, string RelativeEmail, Guid RelationId)
{
    public static async Task<CitizenWorld> CreateAsync(
        PortalFactory factory, params (ConsentTopic Topic, ConsentLevel Level, ConsentBasis Basis)[] consents)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var citizenEmail = await factory.CreateUserAsync(PortalRoles.Citizen);
        var relativeEmail = await factory.CreateUserAsync(PortalRoles.Relative);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        return await factory.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Name == StaffWorld.DemoHome);
            var citizenUser = await db.Users.SingleAsync(u => u.Email == citizenEmail);
            var relativeUser = await db.Users.SingleAsync(u => u.Email == relativeEmail);
            var citizen = new Citizen
            {
                Id = Guid.NewGuid(), MunicipalityId = unit.MunicipalityId, UnitId = unit.Id, FirstName = "Grete",
                LastName = $"Borgersen{suffix}", BirthDate = new DateOnly(1936, 5, 6), UserId = citizenUser.Id,
            };
            var person = new Person
            {
                Id = Guid.NewGuid(), FirstName = "Lise", LastName = $"Datter{suffix}", Email = relativeEmail, UserId = relativeUser.Id,
            };
            citizenUser.CitizenId = citizen.Id;
            relativeUser.PersonId = person.Id;
            var since = Instant.Now(factory.Clock).AddDays(-2);
            var relation = new Relation
            {
                Id = Guid.NewGuid(), CitizenId = citizen.Id, PersonId = person.Id, Kind = RelationKind.Child,
                NominationMethod = HowGiven.Written, RecordedAtUtc = since, RecordedByUserId = "test",
            };
            db.AddRange(citizen, person, relation);
            foreach (var (topic, level, basis) in consents)
            {
                db.ConsentRecords.Add(new ConsentRecord
                {
                    Id = Guid.NewGuid(), RelationId = relation.Id, Topic = topic, Level = level, Basis = basis,
                    GivenHow = HowGiven.Written, BasisScope = basis == ConsentBasis.Guardianship ? "Økonomi" : null,
                    ValidFromUtc = since, RecordedAtUtc = since, RecordedByUserId = "test",
                });
            }

            await db.SaveChangesAsync();
            return new CitizenWorld(citizen.Id, citizenEmail, citizenUser.Id, person.Id, relativeEmail, relation.Id);
        });
    }

    public static (ConsentTopic, ConsentLevel, ConsentBasis) Consent(ConsentTopic topic, ConsentLevel level) =>
        (topic, level, ConsentBasis.CitizenConsent);

    public Task<HttpClient> SignInAsCitizenAsync(PortalFactory factory) => factory.SignInAsAsync(CitizenEmail, TestUsers.Password);

    public Task<HttpClient> SignInAsRelativeAsync(PortalFactory factory) => factory.SignInAsAsync(RelativeEmail, TestUsers.Password);
}
