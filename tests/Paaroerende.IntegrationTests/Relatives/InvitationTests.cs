using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Invitations;
using Paaroerende.Demo;
using Paaroerende.Core.Mail;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Mail;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Relatives;

/// <summary>
/// Staff invite a nominated relative; the mailed one-time link (7 days, single use, stored only as a hash) lets them
/// choose a password — or, when the address already signs in, adds the relation silently to that sign-in, so one login sees
/// citizens in two municipalities. Each test has its own portal, so its pickup folder holds only its own mails.
/// </summary>
public partial class InvitationTests
{
    private const string NewPassword = "min nye lange adgangskode";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_invitation_link_works_once_and_signs_the_new_relative_in_to_see_the_citizen(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider, services: MailWorld.FastOutbox());
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relationId = await NominateAsync(sofie, inger, "Nanna", "nanna@test.example");
        var invitePage = await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Relations/{relationId}/Invite");
        // One person is named, not "de".
        Assert.Matches("Derefter kan Nanna [^ ]+ logge ind", invitePage.QuerySelector(".font-lead")!.TextContent);
        await InviteAsync(sofie, inger, relationId);

        var mail = await factory.SingleMailTextAsync();
        Assert.DoesNotContain("Inger", mail, StringComparison.Ordinal);
        Assert.DoesNotContain(StaffWorld.DemoHome, mail, StringComparison.Ordinal);
        var link = InvitationLink(mail);
        // The configured public address, not the request's host (a request's Host header is the sender's to choose).
        Assert.Contains("https://paaroerende.test.example/Account/Invitation?token=", mail, StringComparison.Ordinal);
        var read = PickupFolder.Read(Directory.GetFiles(factory.MailFolder, "*.eml").Single());
        Assert.Equal("Hvidovre Kommune inviterer dig til Pårørendeportalen", read.Subject);
        Assert.StartsWith("Hej Nanna ", read.Body, StringComparison.Ordinal);
        Assert.Contains("Hvidovre Kommune inviterer dig til Pårørendeportalen, kommunens portal for pårørende.", read.Body, StringComparison.Ordinal);
        // The municipality's privacy notice, at the configured public address (docs/adr/0032).
        Assert.Contains("Læs, hvordan Hvidovre Kommune behandler data om dig, i kommunens privatlivspolitik:\r\nhttps://paaroerende.test.example/Privatliv/hvidovre\r\n",
            read.Body.ReplaceLineEndings("\r\n"), StringComparison.Ordinal);
        Assert.EndsWith("Venlig hilsen\r\nHvidovre Kommune", read.Body.TrimEnd().ReplaceLineEndings("\r\n"), StringComparison.Ordinal);
        using var visitor = factory.CreateBrowserLikeClient();
        var form = await visitor.GetDocumentAsync(link);
        Assert.Contains("nanna@test.example", form.Text(), StringComparison.Ordinal);
        using var accepted = await visitor.SubmitAsync(form, Passwords(NewPassword));

        Assert.Equal("/Relatives", accepted.Headers.Location!.PathAndQueryOrOriginal());
        var start = await visitor.GetDocumentAsync("/Relatives");
        Assert.NotNull(start.QuerySelector($"[data-citizen='{inger}']"));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri($"/Relatives/Citizen/{inger}", UriKind.Relative))).StatusCode);
        using var signsIn = await factory.CreateBrowserLikeClient().PostLoginAsync("nanna@test.example", NewPassword);
        Assert.Equal("/Relatives", signsIn.Headers.Location!.PathAndQueryOrOriginal());

        using var again = factory.CreateBrowserLikeClient();
        var reused = await again.GetDocumentAsync(link);
        Assert.NotNull(reused.QuerySelector("[data-invitation-unusable]"));
        using var reusedPost = await again.PostAsync(new Uri("/Account/Invitation", UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string>(Passwords("en helt anden adgangskode"))
            {
                ["Input.Token"] = ((IHtmlInputElement)form.QuerySelector("input[name='Input.Token']")!).Value,
                ["__RequestVerificationToken"] = ((IHtmlInputElement)reused.QuerySelector("input[name=__RequestVerificationToken]")!).Value,
            }));
        Assert.NotNull((await HtmlForms.ParseAsync(reusedPost)).QuerySelector("[data-invitation-unusable]"));

        var token = new Uri("http://x" + link).Query.Split("token=")[1];
        var stored = await factory.WithDbAsync(db => db.RelativeInvitations.SingleAsync(i => i.Email == "nanna@test.example"));
        Assert.NotNull(stored.AcceptedAtUtc);
        Assert.Equal(64, stored.TokenHash.Length);
        Assert.DoesNotContain(token, stored.TokenHash, StringComparison.Ordinal);
        Assert.Equal(1, await factory.CountAsync(db => db.Users.Where(u => u.Email == "nanna@test.example")));
        Assert.Equal(1, await factory.CountAsync(db => db.AuditEntries.Where(a => a.RelationId == relationId && a.Action == AuditAction.InvitationSent)));
        Assert.Equal(1, await factory.CountAsync(db => db.AuditEntries.Where(a => a.RelationId == relationId && a.Action == AuditAction.InvitationAccepted)));
        var staffView = (await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}")).QuerySelector($"[data-relation='{relationId}'] [data-portal-access]")!;
        Assert.Equal("signed-in", staffView.GetAttribute("data-portal-access"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_invitation_link_expires_after_7_days(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider, services: MailWorld.FastOutbox());
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        await InviteAsync(sofie, inger, await NominateAsync(sofie, inger, "Sen", "sen@test.example"));
        var link = InvitationLink(await factory.SingleMailTextAsync());
        using var visitor = factory.CreateBrowserLikeClient();

        factory.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        var stillValid = await visitor.GetDocumentAsync(link);
        Assert.Null(stillValid.QuerySelector("[data-invitation-unusable]"));

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.NotNull((await visitor.GetDocumentAsync(link)).QuerySelector("[data-invitation-unusable]"));
        using var late = await visitor.SubmitAsync(stillValid, Passwords(NewPassword));
        Assert.NotNull((await HtmlForms.ParseAsync(late)).QuerySelector("[data-invitation-unusable]"));
        Assert.Equal(0, await factory.CountAsync(db => db.Users.Where(u => u.Email == "sen@test.example")));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_new_invitation_replaces_the_earlier_link(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider, services: MailWorld.FastOutbox());
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relationId = await NominateAsync(sofie, inger, "Ny", "ny@test.example");
        await InviteAsync(sofie, inger, relationId);
        var first = InvitationLink(await factory.SingleMailTextAsync());

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await InviteAsync(sofie, inger, relationId);
        var second = InvitationLink((await MailsToAsync(factory, "ny@test.example", 2))[^1]);

        using var visitor = factory.CreateBrowserLikeClient();
        Assert.NotNull((await visitor.GetDocumentAsync(first)).QuerySelector("[data-invitation-unusable]"));
        using var accepted = await visitor.SubmitAsync(await visitor.GetDocumentAsync(second), Passwords(NewPassword));
        Assert.Equal("/Relatives", accepted.Headers.Location!.PathAndQueryOrOriginal());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task One_sign_in_sees_citizens_in_two_municipalities_and_staff_learn_nothing_about_the_address(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider, services: MailWorld.FastOutbox());
        const string email = "begge@test.example";
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var ishoej = await factory.SignInAsAsync(await factory.CreateStaffInAsync("Plejecenter Testrupparken"), TestUsers.Password);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var bent = await factory.CitizenIdAsync("Bent", "Eksempelsen");

        await InviteAsync(sofie, inger, await NominateAsync(sofie, inger, "Bodil", email));
        using var visitor = factory.CreateBrowserLikeClient();
        var firstLink = InvitationLink(await factory.SingleMailTextAsync());
        using var first = await visitor.SubmitAsync(await visitor.GetDocumentAsync(firstLink), Passwords(NewPassword));
        Assert.Equal("/Relatives", first.Headers.Location?.PathAndQueryOrOriginal());

        var ishoejRelation = await NominateAsync(ishoej, bent, "Bodil", email);
        var invitePage = await ishoej.GetDocumentAsync($"/Staff/Citizens/{bent}/Relations/{ishoejRelation}/Invite");
        Assert.Null(invitePage.QuerySelector("[data-has-sign-in]"));
        using var sent = await ishoej.SubmitAsync(invitePage, new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Equal($"/Staff/Citizens/{bent}", sent.Headers.Location!.PathAndQueryOrOriginal().Split('#')[0]);
        var ishoejView = (await ishoej.GetDocumentAsync($"/Staff/Citizens/{bent}")).QuerySelector($"[data-relation='{ishoejRelation}'] [data-portal-access]")!;
        Assert.Equal("invited", ishoejView.GetAttribute("data-portal-access"));

        var secondLink = (await MailsToAsync(factory, email, 2)).Select(InvitationLink).Single(l => l != firstLink);
        using var bodil = factory.CreateBrowserLikeClient();
        var existing = await bodil.GetDocumentAsync(secondLink);
        Assert.NotNull(existing.QuerySelector("#Input_ConfirmPassword")); // the same form as for an address without a sign-in
        using var added = await bodil.SubmitAsync(existing, Passwords(NewPassword));
        Assert.Equal("/Account/InvitationAccepted?start=mail", added.Headers.Location!.PathAndQueryOrOriginal());

        using var once = await factory.SignInAsAsync(email, NewPassword);
        var start = await once.GetDocumentAsync("/Relatives");
        Assert.NotNull(start.QuerySelector($"[data-citizen='{inger}']"));
        Assert.NotNull(start.QuerySelector($"[data-citizen='{bent}']"));
        Assert.Contains("Hvidovre Kommune", start.Text(), StringComparison.Ordinal);
        Assert.Contains("Ishøj Kommune", start.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await once.GetAsync(new Uri($"/Relatives/Citizen/{bent}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await once.GetAsync(new Uri($"/Relatives/Citizen/{inger}", UriKind.Relative))).StatusCode);
        Assert.Equal(1, await factory.CountAsync(db => db.Users.Where(u => u.Email == email)));
        Assert.Equal(2, await factory.CountAsync(db => db.People.Where(p => p.Email == email && p.UserId != null)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_invitation_to_an_address_that_signs_in_looks_like_a_new_one_and_goes_silently_onto_that_sign_in(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider, services: MailWorld.FastOutbox());
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var taken = await NominateAsync(sofie, inger, "Mette", DemoAccounts.Relative); // Mette already signs in
        await InviteAsync(sofie, inger, taken);
        var fresh = await NominateAsync(sofie, inger, "Ny", "ny.person@test.example");
        await InviteAsync(sofie, inger, fresh);
        using var visitor = factory.CreateBrowserLikeClient();
        var takenForm = await visitor.GetDocumentAsync(InvitationLink((await MailsToAsync(factory, DemoAccounts.Relative, 1)).Single()));
        var freshForm = await visitor.GetDocumentAsync(InvitationLink((await MailsToAsync(factory, "ny.person@test.example", 1)).Single()));

        // Nothing on the page tells that the first address already has a sign-in.
        Assert.Equal(FieldsOf(freshForm), FieldsOf(takenForm));
        Assert.Equal(
            freshForm.QuerySelector("[data-invitation-intro]")!.TextContent.Replace("Ny Inviteresen", "", StringComparison.Ordinal).Replace("ny.person@test.example", "", StringComparison.Ordinal),
            takenForm.QuerySelector("[data-invitation-intro]")!.TextContent.Replace("Mette Inviteresen", "", StringComparison.Ordinal).Replace(DemoAccounts.Relative, "", StringComparison.Ordinal));

        using var accepted = await visitor.SubmitAsync(takenForm, Passwords("en helt anden lang adgangskode"));

        Assert.Equal("/Account/InvitationAccepted?start=mail", accepted.Headers.Location!.PathAndQueryOrOriginal());
        var mette = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == DemoAccounts.Relative));
        Assert.Equal(mette.Id, await factory.WithDbAsync(db => db.Relations.Where(r => r.Id == taken).Select(r => r.Person!.UserId).SingleAsync()));
        Assert.Equal(0, mette.AccessFailedCount);
        Assert.Contains(await MailsToAsync(factory, DemoAccounts.Relative, 2), m => m.Contains("/Account/Login", StringComparison.Ordinal));
        // The typed password changed nothing: Mette's own still signs in, the typed one does not.
        using var refused = await factory.CreateBrowserLikeClient().PostLoginAsync(DemoAccounts.Relative, "en helt anden lang adgangskode");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        using var metteSignedIn = await factory.SignInAsAsync(DemoAccounts.Relative);
        Assert.NotNull((await metteSignedIn.GetDocumentAsync("/Relatives")).QuerySelector($"[data-citizen='{inger}']"));
    }

    private static List<string> FieldsOf(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("form input, form button, [data-mitid-accept]").Select(e => e.GetAttribute("name") ?? e.TagName).ToList();

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Empty_short_and_different_passwords_are_refused_and_the_link_stays_usable(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider, services: MailWorld.FastOutbox());
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        await InviteAsync(sofie, inger, await NominateAsync(sofie, inger, "Pia", "pia@test.example"));
        var link = InvitationLink(await factory.SingleMailTextAsync());
        using var visitor = factory.CreateBrowserLikeClient();
        var form = await visitor.GetDocumentAsync(link);

        var empty = await HtmlForms.ParseAsync(await visitor.SubmitAsync(form, Passwords("")));
        var different = await HtmlForms.ParseAsync(await visitor.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = "noget helt andet her",
        }));
        var tooShort = await HtmlForms.ParseAsync(await visitor.SubmitAsync(form, Passwords("kort")));

        Assert.Equal("Udfyld „Adgangskode“.", empty.ErrorNextTo("Input_Password"));
        Assert.Equal("De to adgangskoder er ikke ens. Skriv den samme adgangskode i begge felter.", different.ErrorNextTo("Input_ConfirmPassword"));
        Assert.Contains("12 tegn", tooShort.ErrorNextTo("Input_Password"), StringComparison.Ordinal);
        Assert.Equal(0, await factory.CountAsync(db => db.Users.Where(u => u.Email == "pia@test.example")));
        Assert.Null((await visitor.GetDocumentAsync(link)).QuerySelector("[data-invitation-unusable]"));
    }

    [Fact]
    public async Task An_unknown_token_gets_the_same_answer_as_a_used_one()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite, demoData: false);
        using var visitor = factory.CreateBrowserLikeClient();

        var unknown = await visitor.GetDocumentAsync("/Account/Invitation?token=findes-ikke");
        var missing = await visitor.GetDocumentAsync("/Account/Invitation");

        Assert.NotNull(unknown.QuerySelector("[data-invitation-unusable]"));
        Assert.NotNull(missing.QuerySelector("[data-invitation-unusable]"));
        Assert.Null(unknown.QuerySelector("form[method=post] input[name='Input.Password']"));
    }

    /// <summary>Nominates through the staff form; returns the new relation's id, read from where the form leads next.</summary>
    internal static async Task<Guid> NominateAsync(HttpClient staff, Guid citizenId, string firstName, string email)
    {
        using var response = await staff.SubmitAsync(await staff.GetDocumentAsync($"/Staff/Citizens/{citizenId}/Nominate"),
            new Dictionary<string, string>
            {
                ["Input.FirstName"] = firstName, ["Input.LastName"] = "Inviteresen", ["Input.Email"] = email,
                ["Input.Kind"] = "Child", ["Input.HowGiven"] = "Oral",
            });
        var location = response.Headers.Location?.PathAndQueryOrOriginal() ?? throw new InvalidOperationException("Nomination failed.");
        return Guid.Parse(RelationInAddress().Match(location).Groups[1].Value);
    }

    internal static async Task InviteAsync(HttpClient staff, Guid citizenId, Guid relationId)
    {
        using var response = await staff.SubmitAsync(
            await staff.GetDocumentAsync($"/Staff/Citizens/{citizenId}/Relations/{relationId}/Invite"),
            new Dictionary<string, string>(), "main form");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    internal static string InvitationLink(string mail) => new Uri(InvitationAddress().Match(mail).Value).PathAndQuery;

    internal static Task<IReadOnlyList<string>> MailsToAsync(PortalFactory factory, string to, int count) =>
        Eventually.HappensAsync<IReadOnlyList<string>>(() =>
        {
            var mails = Directory.Exists(factory.MailFolder)
                ? Directory.GetFiles(factory.MailFolder, "*.eml").Order(StringComparer.Ordinal).Select(File.ReadAllText)
                    .Where(m => m.Contains($"To: {to}", StringComparison.Ordinal)).ToList()
                : [];
            return Task.FromResult<IReadOnlyList<string>?>(mails.Count >= count ? mails : null);
        }, $"{count} mails to {to}");

    private static Dictionary<string, string> Passwords(string password) =>
        new() { ["Input.Password"] = password, ["Input.ConfirmPassword"] = password };

    [GeneratedRegex(@"https?://\S+/Account/Invitation\?token=\S+")]
    private static partial Regex InvitationAddress();

    [GeneratedRegex(@"/Relations/([0-9a-fA-F-]{36})/")]
    private static partial Regex RelationInAddress();
}
