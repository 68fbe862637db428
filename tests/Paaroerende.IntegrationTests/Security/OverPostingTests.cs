using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Data;
using Paaroerende.Demo;
using Paaroerende.Core.Identity;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Relatives;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Security;

/// <summary>
/// Forms bind input models, never entities (docs/STYLE.md): extra fields a forged post adds — ids of another tenant,
/// another citizen or relation, roles, "IsAdmin" — change nothing they must not.
/// </summary>
public class OverPostingTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task No_page_binds_a_database_entity(string provider)
    {
        var factory = await portal.ForAsync(provider);
        await using var scope = factory.Services.CreateAsyncScope();
        var entities = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Model.GetEntityTypes()
            .Select(e => e.ClrType).ToHashSet();

        var bound = (await PageRoutes.DiscoverAsync(factory))
            .SelectMany(h => h.BoundProperties.Select(p => (Page: h.ViewEnginePath, p.Name, p.Type)))
            .Distinct()
            .ToList();
        var offending = bound
            .Where(p => Reachable(p.Type).Any(entities.Contains))
            .Select(p => $"{p.Page} {p.Name}")
            .ToList();

        Assert.True(bound.Count >= 40, $"Only {bound.Count} bound properties were found.");
        Assert.Empty(offending);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_relatives_check_in_with_another_citizens_and_relations_ids_is_stored_on_their_own_relation(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var bent = await factory.CitizenIdAsync("Bent", "Eksempelsen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Kamma");
        var other = await factory.AddSignedUpRelativeAsync(bent, "Oskar");
        using var kamma = await factory.SignInAsync(relative);
        var forged = Guid.NewGuid();

        using var sent = await kamma.SubmitWithHostileFieldsAsync(await kamma.GetDocumentAsync($"{relative.CitizenPage}/CheckIn"), new Dictionary<string, string>
        {
            ["Input.Wellbeing"] = "4",
            ["Input.EnoughRest"] = "Yes",
            ["Input.EnoughSupport"] = "Yes",
            ["Input.WantsContact"] = "false",
        }, hostile: new Dictionary<string, string>
        {
            ["Id"] = forged.ToString(),
            ["CitizenId"] = bent.ToString(),
            ["RelationId"] = other.RelationId.ToString(),
            ["PersonId"] = other.PersonId.ToString(),
            ["SubmittedAtUtc"] = "2001-01-01T00:00:00Z",
        });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var stored = await factory.WithDbAsync(db => db.WellbeingCheckIns.AsNoTracking()
            .Where(c => c.RelationId == relative.RelationId || c.RelationId == other.RelationId || c.Id == forged).ToListAsync());
        var checkIn = Assert.Single(stored);
        Assert.Equal(relative.RelationId, checkIn.RelationId);
        Assert.NotEqual(forged, checkIn.Id);
        Assert.True(checkIn.SubmittedAtUtc.Year > 2001);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_staff_update_with_another_municipalitys_citizen_and_author_is_stored_for_the_citizen_in_the_address(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var bent = await factory.CitizenIdAsync("Bent", "Eksempelsen");
        var ishoej = await factory.WithDbAsync(db => db.Municipalities.Where(m => m.Slug == "ishoej").Select(m => m.Id).SingleAsync());
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var title = $"Overpost {Guid.NewGuid():N}";

        using var posted = await sofie.SubmitWithHostileFieldsAsync(await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Updates"), new Dictionary<string, string>
        {
            ["Input.Topic"] = "Medicine",
            ["Input.Title"] = title,
            ["Input.Body"] = "Tekst.",
        }, hostile: new Dictionary<string, string>
        {
            ["CitizenId"] = bent.ToString(),
            ["MunicipalityId"] = ishoej.ToString(),
            ["AuthorUserId"] = "someone-else",
            ["PublishedAtUtc"] = "2001-01-01T00:00:00Z",
        });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var update = await factory.WithDbAsync(db => db.CitizenUpdates.AsNoTracking().SingleAsync(u => u.Title == title));
        Assert.Equal(inger, update.CitizenId);
        Assert.NotEqual("someone-else", update.AuthorUserId);
        Assert.True(update.PublishedAtUtc.Year > 2001);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_administrator_editing_a_staff_account_cannot_move_it_to_another_municipality_or_give_it_other_roles(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var email = await factory.CreateStaffInAsync(StaffWorld.OtherHvidovreUnit);
        var (userId, municipality) = await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
            return (user.Id, user.MunicipalityId);
        });
        var ishoej = await factory.WithDbAsync(db => db.Municipalities.Where(m => m.Slug == "ishoej").Select(m => m.Id).SingleAsync());
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var form = await admin.GetDocumentAsync($"/Admin/Staff/Edit/{userId}");

        using var saved = await admin.SubmitWithHostileFieldsAsync(form, new Dictionary<string, string> { ["Input.DisplayName"] = "Omdøbt Medarbejder" }
            , hostile: new Dictionary<string, string>
            {
                ["MunicipalityId"] = ishoej.ToString(),
                ["Email"] = "angriber@evil.example",
                ["IsAdmin"] = "true",
                ["Role"] = PortalRoles.Administrator,
                ["TwoFactorEnabled"] = "false",
                ["DeactivatedAtUtc"] = "2001-01-01T00:00:00Z",
                ["LockoutEnd"] = "2001-01-01T00:00:00Z",
                ["PasswordHash"] = "x",
            });
        using var otherRole = await admin.SubmitAsync(await admin.GetDocumentAsync($"/Admin/Staff/Edit/{userId}"),
            new Dictionary<string, string> { ["Input.Roles"] = PortalRoles.Relative });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, otherRole.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var after = (await users.FindByIdAsync(userId))!;
        Assert.Equal("Omdøbt Medarbejder", after.DisplayName);
        Assert.Equal(municipality, after.MunicipalityId);
        Assert.Equal(email, after.Email);
        Assert.Null(after.DeactivatedAtUtc);
        Assert.NotEqual("x", after.PasswordHash);
        Assert.Equal([PortalRoles.Staff], await users.GetRolesAsync(after));
    }

    /// <summary>A type, its element type and the types of its properties: what binding a form into it can reach.</summary>
    private static IEnumerable<Type> Reachable(Type type)
    {
        var element = type.IsGenericType ? type.GetGenericArguments() : type.IsArray ? [type.GetElementType()!] : [];
        var members = type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("Paaroerende", StringComparison.Ordinal) == true
            ? type.GetProperties().Select(p => p.PropertyType)
            : [];
        return [type, .. element, .. members, .. members.SelectMany(m => m.IsGenericType ? m.GetGenericArguments() : [])];
    }
}

internal static class HostileFields
{
    /// <summary>
    /// Fills the form that holds the given fields and posts it with each hostile field added, bare and under the input
    /// model's prefix, as a forged post would.
    /// </summary>
    public static Task<HttpResponseMessage> SubmitWithHostileFieldsAsync(
        this HttpClient client, AngleSharp.Html.Dom.IHtmlDocument page, Dictionary<string, string> values, Dictionary<string, string> hostile)
    {
        var form = page.Forms.First(f => values.Keys.All(k => f.Elements.Any(e => e.GetAttribute("name") == k)));
        form.Id = "over-posted";
        var all = new Dictionary<string, string>(values);
        foreach (var (name, value) in hostile)
        {
            all[name] = value;
            all["Input." + name] = value;
        }

        return client.SubmitAsync(page, all, "#over-posted");
    }
}
