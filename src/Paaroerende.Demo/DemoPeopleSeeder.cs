using Paaroerende.Core;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Relatives;
using Paaroerende.Core.Tenancy;

namespace Paaroerende.Demo;

/// <summary>
/// The named demo people behind the README's sign-ins: a citizen in Hvidovre with two relatives, one of whom is
/// also relative to a citizen in Ishøj, plus staff and administrators.
/// </summary>
internal sealed class DemoPeopleSeeder(
    PortalDbContext db, UserManager<PortalUser> users, IUserStore<PortalUser> userStore, TimeProvider clock)
{
    public async Task SeedAsync()
    {
        if (await users.FindByEmailAsync(DemoAccounts.Staff) is not null)
        {
            return;
        }

        var hvidovre = await db.Municipalities.SingleAsync(m => m.Slug == "hvidovre");
        var ishoej = await db.Municipalities.SingleAsync(m => m.Slug == "ishoej");
        var hvidovreHome = await FirstUnitAsync(hvidovre.Id, UnitType.NursingHome);
        var ishoejHome = await FirstUnitAsync(ishoej.Id, UnitType.NursingHome);

        var staff = await CreateUserAsync(DemoAccounts.Staff, "Sofie Medarbejder (demo)", PortalRoles.Staff,
            u => u.MunicipalityId = hvidovre.Id);
        db.StaffUnitAssignments.Add(new StaffUnitAssignment { UserId = staff.Id, UnitId = hvidovreHome.Id });
        await CreateUserAsync(DemoAccounts.Administrator, "Anders Administrator (demo)", PortalRoles.Administrator,
            u => u.MunicipalityId = hvidovre.Id);
        await CreateUserAsync(DemoAccounts.IshoejAdministrator, "Pia Administrator (demo)", PortalRoles.Administrator,
            u => u.MunicipalityId = ishoej.Id);

        var inger = AddCitizen(hvidovre, hvidovreHome, "Inger", "Prøvesen", new DateOnly(1938, 4, 12));
        var bent = AddCitizen(ishoej, ishoejHome, "Bent", "Eksempelsen", new DateOnly(1941, 9, 3));
        var citizenUser = await CreateUserAsync(DemoAccounts.Citizen, inger.FullName, PortalRoles.Citizen,
            u => u.CitizenId = inger.Id);
        inger.UserId = citizenUser.Id;

        var mette = await AddRelativeAsync(DemoAccounts.Relative, "Mette", "Testrup");
        var jens = await AddRelativeAsync(DemoAccounts.SecondRelative, "Jens", "Prøvesen");

        var now = Instant.Now(clock);
        AddRelation(inger, mette, RelationKind.Child, staff.Id, now,
            (ConsentTopic.DailyLife, ConsentLevel.Involved),
            (ConsentTopic.AppointmentsAndVisits, ConsentLevel.Involved),
            (ConsentTopic.HealthAndCare, ConsentLevel.Informed),
            (ConsentTopic.Finances, ConsentLevel.KeptOut));
        AddRelation(inger, jens, RelationKind.SpouseOrPartner, staff.Id, now,
            (ConsentTopic.DailyLife, ConsentLevel.Informed),
            (ConsentTopic.HealthAndCare, ConsentLevel.Involved),
            (ConsentTopic.Medicine, ConsentLevel.Informed));
        AddRelation(bent, mette, RelationKind.Other, staff.Id, now,
            (ConsentTopic.DailyLife, ConsentLevel.Informed),
            (ConsentTopic.HousingAndMoving, ConsentLevel.Involved));

        var alma = await AddRelativeAsync(DemoAccounts.YoungRelative, "Alma", "Eksempelsen");
        alma.BirthDate = DateOnly.FromDateTime(now).AddYears(-11);
        AddRelation(bent, alma, RelationKind.Other, staff.Id, now,
            (ConsentTopic.DailyLife, ConsentLevel.Informed),
            (ConsentTopic.AppointmentsAndVisits, ConsentLevel.Informed));

        db.CitizenUpdates.AddRange(DemoUpdates.For(inger.Id, bent.Id, staff.Id, now));

        await db.SaveChangesAsync();
    }

    private Task<Unit> FirstUnitAsync(Guid municipalityId, UnitType type) =>
        db.Units.Where(u => u.MunicipalityId == municipalityId && u.Type == type).OrderBy(u => u.Name).FirstAsync();

    private Citizen AddCitizen(Municipality municipality, Unit unit, string first, string last, DateOnly birthDate)
    {
        var citizen = new Citizen
        {
            Id = Guid.NewGuid(),
            MunicipalityId = municipality.Id,
            UnitId = unit.Id,
            FirstName = first,
            LastName = last,
            BirthDate = birthDate,
        };
        db.Citizens.Add(citizen);
        return citizen;
    }

    private async Task<Person> AddRelativeAsync(string email, string first, string last)
    {
        var person = new Person { Id = Guid.NewGuid(), FirstName = first, LastName = last, Email = email };
        db.People.Add(person);
        var user = await CreateUserAsync(email, person.FullName, PortalRoles.Relative, u => u.PersonId = person.Id);
        person.UserId = user.Id;
        return person;
    }

    private void AddRelation(
        Citizen citizen, Person person, RelationKind kind, string recordedBy, DateTime now,
        params (ConsentTopic Topic, ConsentLevel Level)[] consents)
    {
        var relation = new Relation
        {
            Id = Guid.NewGuid(),
            CitizenId = citizen.Id,
            PersonId = person.Id,
            Kind = kind,
            NominationMethod = HowGiven.Written,
            RecordedAtUtc = now.AddDays(-30),
            RecordedByUserId = recordedBy,
        };
        db.Relations.Add(relation);
        foreach (var (topic, level) in consents)
        {
            db.ConsentRecords.Add(new ConsentRecord
            {
                Id = Guid.NewGuid(),
                RelationId = relation.Id,
                Topic = topic,
                Level = level,
                Basis = ConsentBasis.CitizenConsent,
                GivenHow = HowGiven.Written,
                ValidFromUtc = now.AddDays(-30),
                RecordedAtUtc = now.AddDays(-30),
                RecordedByUserId = recordedBy,
                Note = "Demodata",
            });
        }
    }

    private async Task<PortalUser> CreateUserAsync(
        string email, string displayName, string role, Action<PortalUser> link)
    {
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        link(user);
        var created = await users.CreateAsync(user, DemoAccounts.Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo user could not be created: {string.Join("; ", created.Errors.Select(e => e.Code))}");
        }

        await users.AddToRoleAsync(user, role);
        if (role is PortalRoles.Staff or PortalRoles.Administrator)
        {
            await ((IUserAuthenticatorKeyStore<PortalUser>)userStore).SetAuthenticatorKeyAsync(
                user, DemoAccounts.AuthenticatorKey, CancellationToken.None);
            await users.UpdateAsync(user);
        }

        return user;
    }
}
