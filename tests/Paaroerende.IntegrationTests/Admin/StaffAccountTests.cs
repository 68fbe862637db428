using System.Net;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Core.Invitations;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Mail;
using static Paaroerende.IntegrationTests.Relatives.InvitationTests;

namespace Paaroerende.IntegrationTests.Admin;

/// <summary>Staff accounts: invitation by mail, deactivation that signs out everywhere at once, and their audit entries.</summary>
public class StaffAccountTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_invited_staff_member_chooses_a_password_through_the_mailed_link_which_works_only_once(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var email = $"ny-{Guid.NewGuid():N}@test.example";

        using var invited = await InviteAsync(factory, admin, email);
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var mail = await factory.MailToAsync(email);
        Assert.Contains("7 dage", mail, StringComparison.Ordinal);
        var link = StaffUsers.InvitationLink(mail);

        using var person = factory.CreateBrowserLikeClient();
        var form = await person.GetDocumentAsync(link);
        Assert.Contains(email, form.QuerySelector(".font-lead")?.TextContent, StringComparison.Ordinal);
        using var chosen = await person.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Password"] = "min egen lange adgangskode",
            ["Input.ConfirmPassword"] = "min egen lange adgangskode",
        });
        var setup = chosen.Headers.Location?.OriginalString;
        Assert.StartsWith("/Account/TwoFactorSetup", setup, StringComparison.Ordinal);
        Assert.Equal(10, (await person.CompleteTwoFactorSetupAsync(setup!, factory.Clock)).Count);

        var reused = await factory.CreateBrowserLikeClient().GetDocumentAsync(link);
        Assert.NotNull(reused.QuerySelector("[data-invitation-unusable]"));
        Assert.Null(reused.QuerySelector("input[name='Input.Password']"));
        using var signsIn = await factory.SignInAsAsync(email, "min egen lange adgangskode");
        var entry = await factory.QueryAsync(db => db.AdminAuditEntries.SingleAsync(e => e.Action == AdminAuditAction.Invited && e.Summary == "Nye Medarbejder"
            && e.AfterJson!.Contains(email)));
        Assert.Contains("\"Roles\":[\"Staff\"]", entry.AfterJson, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", entry.AfterJson, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("token", entry.AfterJson, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_invitation_link_works_for_7_days_and_not_after(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var email = $"ny-{Guid.NewGuid():N}@test.example";
        using var invited = await InviteAsync(factory, admin, email);
        var link = StaffUsers.InvitationLink(await factory.MailToAsync(email));

        factory.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        var stillOpen = await factory.CreateBrowserLikeClient().GetDocumentAsync(link);
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await factory.CreateBrowserLikeClient().GetDocumentAsync(link);

        Assert.NotNull(stillOpen.QuerySelector("input[name='Input.Password']"));
        Assert.NotNull(expired.QuerySelector("[data-invitation-unusable]"));
        Assert.Contains("7 dage", expired.QuerySelector("[data-invitation-unusable]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_deactivated_staff_member_is_refused_on_the_very_next_request_and_cannot_sign_in_again(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var (email, id) = await factory.CreateStaffAsync("hvidovre");
        using var staff = await factory.SignInAsAsync(email, TestUsers.Password);
        using var before = await staff.GetAsync(new Uri("/Account/TwoFactor", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);

        var edit = await admin.GetDocumentAsync($"/Admin/Staff/Edit/{id}");
        using var deactivated = await admin.SubmitAsync(edit, new Dictionary<string, string>(), "form[action*='handler=Deactivate']");

        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        using var next = await staff.GetAsync(new Uri("/Account/TwoFactor", UriKind.Relative));
        Assert.StartsWith("/Account/Login", next.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        using var later = await staff.GetAsync(new Uri("/Account/TwoFactor", UriKind.Relative));
        Assert.StartsWith("/Account/Login", later.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);
        using var again = await factory.CreateBrowserLikeClient().PostLoginAsync(email, TestUsers.Password);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("E-mail eller adgangskode er forkert", (await HtmlForms.ParseAsync(again)).Body!.TextContent, StringComparison.Ordinal);

        var entry = await factory.QueryAsync(db => db.AdminAuditEntries.SingleAsync(e => e.EntityId == id && e.Action == AdminAuditAction.Deactivated));
        Assert.Contains("\"Deactivated\":false", entry.BeforeJson, StringComparison.Ordinal);
        Assert.Contains("\"Deactivated\":true", entry.AfterJson, StringComparison.Ordinal);

        var page = await (await factory.SignInAsAsync(DemoAccounts.Administrator)).GetDocumentAsync($"/Admin/Staff/Edit/{id}");
        Assert.Equal("Deactivated", page.QuerySelector("[data-account-status]")?.GetAttribute("data-account-status"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_reactivated_staff_member_can_sign_in_again(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var (email, id) = await factory.CreateStaffAsync("hvidovre");
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        using var deactivated = await admin.SubmitAsync(await admin.GetDocumentAsync($"/Admin/Staff/Edit/{id}"), new Dictionary<string, string>(), "form[action*='handler=Deactivate']");

        using var reactivated = await admin.SubmitAsync(await admin.GetDocumentAsync($"/Admin/Staff/Edit/{id}"), new Dictionary<string, string>(), "form[action*='handler=Reactivate']");

        Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        using var staff = await factory.SignInAsAsync(email, TestUsers.Password);
        Assert.True(await factory.QueryAsync(db => db.AdminAuditEntries.AnyAsync(e => e.EntityId == id && e.Action == AdminAuditAction.Reactivated)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_administrator_can_neither_deactivate_themselves_nor_drop_their_own_administrator_role(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var id = (await HvidovreData.IdsAsync(factory))["administrator"];
        var page = await admin.GetDocumentAsync($"/Admin/Staff/Edit/{id}");
        Assert.Null(page.QuerySelector("form[action*='handler=Deactivate']"));

        var token = await admin.TokenAsync();
        using var forced = await admin.PostAsync(new Uri($"/Admin/Staff/Edit/{id}?handler=Deactivate", UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        using var dropRole = await admin.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Anders Administrator (demo)",
            ["Input.Roles"] = "Staff",
            ["Input.UnitIds"] = (await HvidovreData.IdsAsync(factory))["unit"],
        }, "main form[action^='/Admin/Staff/Edit/']:not([action*='handler'])");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri("/Admin", UriKind.Relative))).StatusCode);
        Assert.Contains("din egen administratorrolle", (await HtmlForms.ParseAsync(dropRole)).QuerySelector("[data-error-summary]")?.TextContent, StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.Users.AnyAsync(u => u.Id == id && u.DeactivatedAtUtc != null)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_invitation_with_bad_input_is_refused_in_Danish_and_keeps_what_was_typed(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var page = await admin.GetDocumentAsync("/Admin/Staff/Invite");
        var longName = new string('x', 201);

        using var badMail = await admin.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = longName,
            ["Input.Email"] = "ikke-en-mail",
        });
        using var taken = await admin.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Dublet",
            ["Input.Email"] = DemoAccounts.Staff,
            ["Input.UnitIds"] = (await HvidovreData.IdsAsync(factory))["unit"],
        });
        var first = await HtmlForms.ParseAsync(badMail);
        var second = await HtmlForms.ParseAsync(taken);

        Assert.Contains("højst være 200 tegn", first.QuerySelector("#Input_DisplayName-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("gyldig e-mailadresse", first.QuerySelector("#Input_Email-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("mindst én enhed", first.QuerySelector("#units-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("ikke-en-mail", first.QuerySelector("input[name='Input.Email']")?.GetAttribute("value"));
        Assert.NotNull(first.QuerySelector("input[name='Input.Roles'][value='Staff'][checked]"));
        Assert.Contains("findes allerede", second.QuerySelector("#Input_Email-error")?.TextContent, StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.Users.AnyAsync(u => u.DisplayName == "Dublet")));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Changing_a_staff_members_units_is_logged_with_before_and_after(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var (_, id) = await factory.CreateStaffAsync("hvidovre");
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var page = await admin.GetDocumentAsync($"/Admin/Staff/Edit/{id}");
        var other = page.QuerySelectorAll("input[name='Input.UnitIds']:not([checked])")[0];

        using var saved = await admin.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Test Medarbejder",
            ["Input.UnitIds"] = other.GetAttribute("value")!,
        }, "main form[action^='/Admin/Staff/Edit/']:not([action*='handler'])");

        Assert.Equal("/Admin/Staff", saved.Headers.Location?.OriginalString);
        var entry = await factory.QueryAsync(db => db.AdminAuditEntries.SingleAsync(e => e.EntityId == id && e.Action == AdminAuditAction.Updated));
        var newUnit = page.QuerySelector($"label[for='{other.Id}']")!.TextContent;
        Assert.Contains(newUnit, entry.AfterJson, StringComparison.Ordinal);
        Assert.DoesNotContain(newUnit, entry.BeforeJson, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_address_that_signs_in_elsewhere_gets_the_answer_of_a_new_one_and_its_owner_a_mail(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider, services: MailWorld.FastOutbox());
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var fresh = $"ny-{Guid.NewGuid():N}@test.example";

        using var forFresh = await InviteAsync(factory, admin, fresh);
        using var forRelative = await InviteAsync(factory, admin, DemoAccounts.Relative);
        using var forIshoejAdmin = await InviteAsync(factory, admin, DemoAccounts.IshoejAdministrator);

        // A relative's address and another municipality's administrator's get exactly the answer a new address gets.
        Assert.Equal(HttpStatusCode.Redirect, forFresh.StatusCode);
        Assert.Equal(LocationWithout(forFresh, fresh), LocationWithout(forRelative, DemoAccounts.Relative));
        Assert.Equal(LocationWithout(forFresh, fresh), LocationWithout(forIshoejAdmin, DemoAccounts.IshoejAdministrator));
        Assert.Equal(1, await factory.QueryAsync(db => db.Users.CountAsync(u => u.DisplayName == "Nye Medarbejder")));
        Assert.Equal(1, await factory.QueryAsync(db => db.Users.CountAsync(u => u.Email == DemoAccounts.Relative)));
        Assert.Null(await factory.QueryAsync(db => db.Users.Where(u => u.Email == DemoAccounts.Relative).Select(u => u.MunicipalityId).SingleAsync()));
        Assert.Equal(0, await factory.QueryAsync(db => db.StaffInvitations.CountAsync(i => db.Users.Any(u => u.Id == i.UserId && u.Email == DemoAccounts.Relative))));
        // The owners hear of it, with no link to accept.
        foreach (var owner in new[] { DemoAccounts.Relative, DemoAccounts.IshoejAdministrator })
        {
            var mail = (await MailsToAsync(factory, owner, 1)).Single();
            Assert.DoesNotContain("/Account/AcceptInvitation", mail, StringComparison.Ordinal);
        }
    }

    private static string LocationWithout(HttpResponseMessage response, string email) =>
        Uri.UnescapeDataString(response.Headers.Location!.OriginalString).Replace(email, "", StringComparison.Ordinal);

    internal static async Task<HttpResponseMessage> InviteAsync(PortalFactory factory, HttpClient admin, string email)
    {
        var page = await admin.GetDocumentAsync("/Admin/Staff/Invite");
        return await admin.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Nye Medarbejder",
            ["Input.Email"] = email,
            ["Input.UnitIds"] = (await HvidovreData.IdsAsync(factory))["unit"],
        });
    }
}
