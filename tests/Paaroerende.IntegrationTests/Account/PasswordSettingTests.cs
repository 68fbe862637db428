using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Invitations;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Mail;
using Paaroerende.IntegrationTests.Relatives;
using Paaroerende.IntegrationTests.Staff;
using static Paaroerende.IntegrationTests.Relatives.InvitationTests;

namespace Paaroerende.IntegrationTests.Account;

/// <summary>
/// SignIn:PasswordsEnabled (docs/adr/0042): off unless a deployment turns it on, on in Development. Off, citizens and
/// relatives sign in with MitID only — their password is refused like a wrong one, a reset gives no link, an
/// invitation takes no password — while staff keep password and second factor.
/// </summary>
public class PasswordSettingTests
{
    private const string WrongPassword = "E-mail eller adgangskode er forkert";

    [Fact]
    public async Task In_Production_passwords_are_off_by_default_citizens_and_relatives_are_refused_staff_are_not_and_MitID_is_offered()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite, services: MailWorld.FastOutbox());
        await using var production = InProduction(factory);
        using var client = BrowserLike(production);

        var login = await client.GetDocumentAsync("/Account/Login");
        Assert.NotNull(login.QuerySelector("[data-mitid-login]"));
        Assert.Equal("Medarbejder i kommunen", login.QuerySelector("[data-password-heading]")?.TextContent);

        using var unknown = await client.PostLoginAsync($"ukendt-{Guid.NewGuid():N}@test.example", DemoAccounts.Password);
        var unknownText = (await HtmlForms.ParseAsync(unknown)).QuerySelector("main")!.TextContent;
        Assert.Contains(WrongPassword, unknownText, StringComparison.Ordinal);
        foreach (var email in new[] { DemoAccounts.SecondRelative, DemoAccounts.Citizen })
        {
            // The right password, refused with exactly the words for an address nobody has.
            using var refused = await client.PostLoginAsync(email, DemoAccounts.Password);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Equal(unknownText, (await HtmlForms.ParseAsync(refused)).QuerySelector("main")!.TextContent);
            Assert.Equal(0, await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.AccessFailedCount).SingleAsync()));
        }

        using var staff = await client.PostLoginAsync(DemoAccounts.Staff, DemoAccounts.Password);
        Assert.StartsWith("/Account/", staff.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("TwoFactor", staff.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);

        // Forgot password: the same confirmation, and the relative's mail holds no reset link, only the way to MitID.
        using var anonymous = BrowserLike(production); // the staff member above is signed in on the first client
        using var forgot = await anonymous.SubmitAsync(await anonymous.GetDocumentAsync("/Account/ForgotPassword"),
            new Dictionary<string, string> { ["Input.Email"] = DemoAccounts.SecondRelative });
        Assert.Equal("/Account/ForgotPasswordConfirmation", forgot.Headers.Location?.OriginalString);
        var mail = (await MailsToAsync(factory, DemoAccounts.SecondRelative, 1)).Single();
        Assert.DoesNotContain("ResetPassword", mail, StringComparison.Ordinal);
        Assert.Contains("/Account/Login", mail, StringComparison.Ordinal);

        var jens = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoAccounts.SecondRelative).Select(u => u.Id).SingleAsync());
        var sofie = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == DemoAccounts.Staff).Select(u => u.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri($"/Account/ResetPassword?userId={jens}&code=x", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri($"/Account/ResetPassword?userId={sofie}&code=x", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task In_Development_passwords_are_on_for_relatives()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite);
        await using var development = factory.WithWebHostBuilder(b => b.UseEnvironment("Development"));
        using var client = BrowserLike(development);

        var login = await client.GetDocumentAsync("/Account/Login");
        using var signedIn = await client.PostLoginAsync(DemoAccounts.SecondRelative, DemoAccounts.Password);

        Assert.Equal("Log ind med adgangskode", login.QuerySelector("[data-password-heading]")?.TextContent);
        Assert.Equal("/Relatives", signedIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task With_passwords_off_a_relatives_invitation_offers_only_MitID_and_a_posted_password_is_404_and_binds_nothing()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite, services: MailWorld.FastOutbox());
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relationId = await NominateAsync(sofie, inger, "Nanna", "nanna@test.example");
        await InviteAsync(sofie, inger, relationId);
        var link = InvitationLink(await factory.SingleMailTextAsync());
        await using var production = InProduction(factory);
        using var visitor = BrowserLike(production);

        var page = await visitor.GetDocumentAsync(link);
        Assert.NotNull(page.QuerySelector("[data-mitid-accept]"));
        Assert.Null(page.QuerySelector("input[name='Input.Password']"));
        using var posted = await visitor.PostAsync(new Uri("/Account/Invitation", UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["Input.Token"] = new Uri("http://x" + link).Query.Split("token=")[1],
                ["Input.Password"] = "nannas lange adgangskode",
                ["Input.ConfirmPassword"] = "nannas lange adgangskode",
                ["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            }));

        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal(0, await factory.CountAsync(db => db.Users.Where(u => u.Email == "nanna@test.example")));
        Assert.Null(await factory.WithDbAsync(db => db.RelativeInvitations.Where(i => i.Email == "nanna@test.example").Select(i => i.AcceptedAtUtc).SingleAsync()));
    }

    /// <summary>The portal as a deployment runs it, with nothing said about passwords and NemLog-in configured.</summary>
    private static WebApplicationFactory<Program> InProduction(PortalFactory factory) =>
        factory.WithWebHostBuilder(b => b
            .UseEnvironment("Production")
            .UseSetting("Notifications:PortalUrl", "https://paaroerende.test.example")
            .UseSetting("DataProtection:KeyEncryptionKey", Convert.ToBase64String(new byte[32]))
            .UseSetting("MitId:Authority", "https://nemlog-in.test.example/")
            .UseSetting("MitId:ClientSecret", "hemmelig"));

    private static HttpClient BrowserLike(WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}
