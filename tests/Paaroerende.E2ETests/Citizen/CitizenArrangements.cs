using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Demo;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Relatives;
using Paaroerende.E2ETests.Infrastructure;

namespace Paaroerende.E2ETests.CitizenArea;

/// <summary>
/// A test's own citizen in the demo staff member's unit (and their relatives), made through the portal's own services
/// before the browser acts, so the shared demo people stay as the other tests expect them.
/// </summary>
internal static class CitizenArrangements
{
    public const string Password = "en-lang-e2e-adgangskode";
    public const string DemoHome = "Plejecenter Demohaven";

    /// <summary>A new citizen; with an e-mail address they also get their own sign-in (password <see cref="Password"/>).</summary>
    public static async Task<Guid> AddCitizenAsync(PortalInChromium portal, string firstName, string lastName, string? email = null)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var unit = await db.Units.SingleAsync(u => u.Name == DemoHome);
        var citizen = new Citizen
        {
            Id = Guid.NewGuid(), MunicipalityId = unit.MunicipalityId, UnitId = unit.Id,
            FirstName = firstName, LastName = lastName, BirthDate = new DateOnly(1939, 3, 4),
        };
        db.Citizens.Add(citizen);
        await db.SaveChangesAsync();
        if (email is not null)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = citizen.FullName, CitizenId = citizen.Id };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRoleAsync(user, PortalRoles.Citizen);
            citizen.UserId = user.Id;
            await db.SaveChangesAsync();
        }

        return citizen.Id;
    }

    /// <summary>Staff nominate a relative (no sign-in) and record the given consents; none leaves them only nominated.</summary>
    public static async Task<Guid> NominateAsync(
        PortalInChromium portal, Guid citizenId, string firstName, string lastName, params (ConsentTopic Topic, ConsentLevel Level)[] consents)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var staffId = await db.Users.Where(u => u.Email == DemoAccounts.Staff).Select(u => u.Id).SingleAsync();
        var recorder = scope.ServiceProvider.GetRequiredService<ConsentRecorder>();
        var relationId = await recorder.NominateAsync(staffId,
            new NominationCommand(citizenId, null, firstName, lastName, null, null, RelationKind.Child, null, HowGiven.Oral));
        if (consents.Length > 0)
        {
            await recorder.RecordConsentsAsync(staffId, ConsentCommand.Alike(
                relationId, ConsentBasis.CitizenConsent, null, HowGiven.Oral, DateTime.UtcNow.AddMinutes(-1), null, null,
                consents.ToDictionary(c => c.Topic, c => c.Level)));
        }

        return relationId;
    }

    /// <summary>Gives the relation's person a relative's sign-in (password <see cref="Password"/>); returns its e-mail.</summary>
    public static async Task<string> GiveRelativeSignInAsync(PortalInChromium portal, Guid relationId, string displayName)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var person = await db.People.SingleAsync(p => db.Relations.Any(r => r.Id == relationId && r.PersonId == p.Id));
        var email = $"e2e-{Guid.NewGuid():N}@test.example";
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, PersonId = person.Id };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, PortalRoles.Relative);
        person.UserId = user.Id;
        await db.SaveChangesAsync();
        return email;
    }

    public static async Task<T> WithDbAsync<T>(PortalInChromium portal, Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<QueuedAuditReads>().MoveAsync();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }
}
