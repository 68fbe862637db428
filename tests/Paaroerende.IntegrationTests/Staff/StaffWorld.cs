using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Data;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Relatives;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Staff;

/// <summary>Intent methods for the staff tests: who works where, and citizens and relations a test adds itself.</summary>
public static class StaffWorld
{
    public const string DemoHome = "Plejecenter Demohaven";
    public const string OtherHvidovreUnit = "Hjemmeplejen Syd (demo)";

    /// <summary>Runs <paramref name="work"/> on a context of the portal's, after the reads still queued are moved into the audit log.</summary>
    public static async Task<T> WithDbAsync<T>(this PortalFactory factory, Func<PortalDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<QueuedAuditReads>().MoveAsync();
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public static Task<string> UserIdAsync(this PortalFactory factory, string email) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public static Task<Guid> UnitIdAsync(this PortalFactory factory, string name) =>
        factory.WithDbAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    /// <summary>A new staff member who works only in the named unit.</summary>
    public static async Task<string> CreateStaffInAsync(this PortalFactory factory, string unitName)
    {
        var email = await factory.CreateUserAsync(PortalRoles.Staff);
        var unitId = await factory.UnitIdAsync(unitName);
        await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            user.MunicipalityId = await db.Units.Where(u => u.Id == unitId).Select(u => u.MunicipalityId).SingleAsync();
            db.StaffUnitAssignments.Add(new StaffUnitAssignment { UserId = user.Id, UnitId = unitId });
            return await db.SaveChangesAsync();
        });
        return email;
    }

    public static Task<Guid> RelationIdAsync(this PortalFactory factory, Guid citizenId, string relativeEmail) =>
        factory.WithDbAsync(db => db.Relations
            .Where(r => r.CitizenId == citizenId && r.Person!.Email == relativeEmail && r.EndedAtUtc == null)
            .Select(r => r.Id).SingleAsync());

    public static Task<Guid> AddCitizenAsync(
        this PortalFactory factory, string unitName, string firstName, string lastName, DateOnly birthDate) =>
        factory.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Name == unitName);
            var citizen = new Citizen
            {
                Id = Guid.NewGuid(), MunicipalityId = unit.MunicipalityId, UnitId = unit.Id,
                FirstName = firstName, LastName = lastName, BirthDate = birthDate,
            };
            db.Citizens.Add(citizen);
            await db.SaveChangesAsync();
            return citizen.Id;
        });

    /// <summary>A new person nominated as the citizen's relative; returns (relation, person).</summary>
    public static Task<(Guid RelationId, Guid PersonId)> AddRelationAsync(
        this PortalFactory factory, Guid citizenId, string firstName, string lastName, DateTime recordedAtUtc) =>
        factory.WithDbAsync(async db =>
        {
            var person = new Person { Id = Guid.NewGuid(), FirstName = firstName, LastName = lastName };
            var relation = new Relation
            {
                Id = Guid.NewGuid(), CitizenId = citizenId, PersonId = person.Id, Kind = RelationKind.Child,
                NominationMethod = HowGiven.Written, RecordedAtUtc = recordedAtUtc, RecordedByUserId = "test",
            };
            db.People.Add(person);
            db.Relations.Add(relation);
            await db.SaveChangesAsync();
            return (relation.Id, person.Id);
        });

    /// <summary>Gives the person a relative's sign-in, so the test can look through the relative's eyes.</summary>
    public static async Task<string> CreateRelativeSignInAsync(this PortalFactory factory, Guid personId)
    {
        var email = $"relative-{Guid.NewGuid():N}@test.example";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Pårørende Test", PersonId = personId };
        Assert.True((await users.CreateAsync(user, TestUsers.Password)).Succeeded);
        await users.AddToRoleAsync(user, PortalRoles.Relative);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        (await db.People.SingleAsync(p => p.Id == personId)).UserId = user.Id;
        await db.SaveChangesAsync();
        return email;
    }

    /// <summary>The error message shown next to a field (DKFDS: "{id}-error"), without the screen-reader prefix.</summary>
    public static string? ErrorNextTo(this IHtmlDocument page, string fieldId) =>
        page.QuerySelector($"#{fieldId}-error")?.TextContent.Replace("Fejl:", "", StringComparison.Ordinal).Trim();

    public static string? ValueOf(this IHtmlDocument page, string fieldId) =>
        page.QuerySelector($"#{fieldId}") switch
        {
            IHtmlTextAreaElement area => area.Value,
            IHtmlSelectElement select => select.Value,
            var element => element?.GetAttribute("value"),
        };

    public static string? CheckedValue(this IHtmlDocument page, string name) =>
        page.QuerySelectorAll("input[type=radio]").OfType<IHtmlInputElement>()
            .SingleOrDefault(r => r.Name == name && r.IsChecked)?.Value;
}
