using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Administration;
using Paaroerende.Demo;
using Paaroerende.Core.Retention;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Privacy;

/// <summary>
/// Each municipality's privacy notice (GDPR art. 13, docs/adr/0032): public, with the retention this deployment is
/// configured with and Datatilsynet; filled in by the municipality's own administrator only, logged, and reached from
/// every page's footer (a signed-in user lands on their own municipality's notice).
/// </summary>
public class PrivacyNoticeTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_notice_is_public_with_the_configured_retention_Datatilsynet_and_a_default_until_the_municipality_fills_it_in(string provider)
    {
        // Periods no default has, so the page can only have them from the configuration.
        await using var factory = await PortalFactory.CreateAsync(provider, services: s => s.PostConfigure<RetentionOptions>(o =>
        {
            o.AuditEntriesMonths = 7;
            o.EndedRelationsMonths = 9;
            o.SentMailDays = 21;
        }));
        using var visitor = factory.CreateBrowserLikeClient();

        var page = await visitor.GetDocumentAsync("/Privatliv/ballerup");

        Assert.Contains("Ballerup Kommune", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ballerup Kommune har endnu ikke skrevet her, hvordan du når", page.QuerySelector("[data-privacy-default]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ballerup Kommune er dataansvarlig", Section(page, "controller"), StringComparison.Ordinal);
        Assert.Contains("bed om at tale med kommunens databeskyttelsesrådgiver", Section(page, "dpo"), StringComparison.Ordinal);
        Assert.Contains("Kommunen bruger Pårørendeportalen", Section(page, "purposes"), StringComparison.Ordinal);
        Assert.Contains("artikel 6, stk. 1, litra e", Section(page, "legal-bases"), StringComparison.Ordinal);
        Assert.Contains("efter 9 måneder", page.QuerySelector("[data-retention='ended-relations']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("efter 7 måneder", page.QuerySelector("[data-retention='audit']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("efter 21 dage", page.QuerySelector("[data-retention='mail']")!.TextContent, StringComparison.Ordinal);
        foreach (var right in new[] { "indsigt", "berigtigelse", "sletning", "begrænsning", "indsigelse", "Mine data" })
        {
            Assert.Contains(right, Section(page, "rights"), StringComparison.Ordinal);
        }

        var datatilsynet = page.QuerySelector("[data-datatilsynet]")!.TextContent;
        foreach (var line in new[] { "Datatilsynet", "Carl Jacobsens Vej 35", "2500 Valby", "dt@datatilsynet.dk", "www.datatilsynet.dk" })
        {
            Assert.Contains(line, datatilsynet, StringComparison.Ordinal);
        }

        using var english = factory.CreateBrowserLikeClient();
        using var _ = await english.SubmitAsync(await english.GetDocumentAsync("/"), new Dictionary<string, string> { ["culture"] = "en" });
        var inEnglish = await english.GetDocumentAsync("/Privatliv/ballerup");
        Assert.Contains("after 9 months", inEnglish.QuerySelector("[data-retention='ended-relations']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The municipality uses Pårørendeportalen", Section(inEnglish, "purposes"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_retention_of_one_month_or_one_day_is_said_in_the_singular(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider, services: s => s.PostConfigure<RetentionOptions>(o =>
        {
            o.AuditEntriesMonths = 1;
            o.SentMailDays = 1;
        }));
        using var visitor = factory.CreateBrowserLikeClient();

        var page = await visitor.GetDocumentAsync("/Privatliv/ballerup");

        Assert.Contains("slettes efter 1 måned.", page.QuerySelector("[data-retention='audit']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("slettes efter 1 dag.", page.QuerySelector("[data-retention='mail']")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_list_names_every_municipality_and_an_unknown_one_is_not_found(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var visitor = factory.CreateBrowserLikeClient();

        var list = await visitor.GetDocumentAsync("/Privatliv");
        using var unknown = await visitor.GetAsync(new Uri("/Privatliv/ukendt", UriKind.Relative));

        Assert.Equal(["ballerup", "hvidovre", "ishoej", "koebenhavn", "rudersdal"],
            list.QuerySelectorAll("[data-privacy-municipality]").Select(a => a.GetAttribute("data-privacy-municipality")!).Order(StringComparer.Ordinal));
        Assert.Equal("/Privatliv/hvidovre", list.QuerySelector("[data-privacy-municipality='hvidovre']")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_administrator_fills_in_their_own_municipalitys_notice_logged_shown_publicly_and_never_another_municipalitys(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var ids = await factory.QueryAsync(db => db.Municipalities.ToDictionaryAsync(m => m.Slug, m => m.Id));
        using var anders = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var form = await anders.GetDocumentAsync("/Admin/Privacy");
        // The texts start from the default, for the administrator to adapt.
        Assert.StartsWith("Kommunen bruger Pårørendeportalen", Textarea(form, "Input.PurposesMarkdown"), StringComparison.Ordinal);
        var dpo = $"DPO {Guid.NewGuid():N}"[..20];

        using var saved = await anders.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.ControllerAddress"] = "Hvidovrevej 278, 2650 Hvidovre",
            ["Input.ControllerCvr"] = "12345678",
            ["Input.ControllerEmail"] = "hvidovre@hvidovre.dk",
            ["Input.ControllerPhone"] = "36 39 36 39",
            ["Input.DpoName"] = dpo,
            ["Input.DpoEmail"] = "dpo@hvidovre.dk",
            ["Input.DpoPhone"] = "36 39 30 00",
            ["Input.PurposesMarkdown"] = "Vi bruger **portalen** til samarbejdet med pårørende.",
            ["Input.LegalBasesMarkdown"] = Textarea(form, "Input.LegalBasesMarkdown"), // the default, saved unchanged
            // Fields the form does not have: the municipality is the administrator's, whatever is posted.
            ["Input.MunicipalityId"] = ids["ishoej"].ToString(),
            ["MunicipalityId"] = ids["ishoej"].ToString(),
        }, "main form");

        Assert.Equal("/Admin/Privacy", saved.Headers.Location?.OriginalString);
        var after = await anders.GetDocumentAsync("/Admin/Privacy");
        Assert.Equal("Gemt: Hvidovre Kommune", after.QuerySelector("[role='status'][data-saved='Saved']")?.TextContent.Trim());
        Assert.Equal(dpo, (after.QuerySelector("input[name='Input.DpoName']") as IHtmlInputElement)?.Value);
        var stored = await factory.QueryAsync(db => db.PrivacyNotices.AsNoTracking().SingleAsync(n => n.DpoName == dpo));
        Assert.Equal((ids["hvidovre"], "12345678", (string?)null), (stored.MunicipalityId, stored.ControllerCvr, stored.LegalBasesMarkdown));
        var entry = await factory.QueryAsync(db => db.AdminAuditEntries.AsNoTracking()
            .SingleAsync(e => e.EntityType == AdminEntityType.PrivacyNotice && e.AfterJson!.Contains(dpo)));
        Assert.Equal((ids["hvidovre"], ids["hvidovre"].ToString(), AdminAuditAction.Created, (string?)null),
            (entry.MunicipalityId, entry.EntityId, entry.Action, entry.BeforeJson));

        var shown = await factory.CreateBrowserLikeClient().GetDocumentAsync("/Privatliv/hvidovre");
        Assert.Null(shown.QuerySelector("[data-privacy-default]"));
        Assert.Contains(dpo, Section(shown, "dpo"), StringComparison.Ordinal);
        Assert.NotNull(shown.QuerySelector("[data-privacy-section='dpo'] a[href='mailto:dpo@hvidovre.dk']"));
        Assert.Contains("CVR-nummer: 12345678", Section(shown, "controller"), StringComparison.Ordinal);
        Assert.Equal("portalen", shown.QuerySelector("[data-privacy-section='purposes'] strong")?.TextContent);
        Assert.Contains("artikel 6, stk. 1, litra e", Section(shown, "legal-bases"), StringComparison.Ordinal);
        // In English the municipality's own text is marked Danish; the default saved unchanged is shown translated.
        using var english = factory.CreateBrowserLikeClient();
        using var _ = await english.SubmitAsync(await english.GetDocumentAsync("/"), new Dictionary<string, string> { ["culture"] = "en" });
        var inEnglish = await english.GetDocumentAsync("/Privatliv/hvidovre");
        Assert.Equal("da", inEnglish.QuerySelector("[data-privacy-section='purposes'] .information-body")?.GetAttribute("lang"));
        Assert.Null(inEnglish.QuerySelector("[data-privacy-section='legal-bases'] .information-body")?.GetAttribute("lang"));
        Assert.Contains("article 6(1)(e)", Section(inEnglish, "legal-bases"), StringComparison.Ordinal);

        // Ishøj's administrator sees and saves Ishøj's notice only; there is no address for Hvidovre's.
        using var pia = await factory.SignInAsAsync(DemoAccounts.IshoejAdministrator);
        var ishoejForm = await pia.GetDocumentAsync("/Admin/Privacy");
        Assert.DoesNotContain(dpo, ishoejForm.Body!.InnerHtml, StringComparison.Ordinal);
        using var byId = await pia.GetAsync(new Uri($"/Admin/Privacy/{ids["hvidovre"]}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        using var ishoejSaved = await pia.SubmitAsync(ishoejForm, new Dictionary<string, string>
        {
            ["Input.DpoName"] = "Ishøjs DPO",
            ["MunicipalityId"] = ids["hvidovre"].ToString(),
        }, "main form");
        Assert.Equal(HttpStatusCode.Redirect, ishoejSaved.StatusCode);
        Assert.Equal(dpo, await factory.QueryAsync(db => db.PrivacyNotices.Where(n => n.MunicipalityId == ids["hvidovre"]).Select(n => n.DpoName).SingleAsync()));
        Assert.Equal("Ishøjs DPO", await factory.QueryAsync(db => db.PrivacyNotices.Where(n => n.MunicipalityId == ids["ishoej"]).Select(n => n.DpoName).SingleAsync()));

        // A change is logged with before and after.
        using var changed = await anders.SubmitAsync(await anders.GetDocumentAsync("/Admin/Privacy"),
            new Dictionary<string, string> { ["Input.DpoPhone"] = "36 39 31 00" }, "main form");
        var update = await factory.QueryAsync(db => db.AdminAuditEntries.AsNoTracking()
            .SingleAsync(e => e.EntityType == AdminEntityType.PrivacyNotice && e.Action == AdminAuditAction.Updated && e.MunicipalityId == ids["hvidovre"]));
        Assert.Contains("36 39 30 00", update.BeforeJson, StringComparison.Ordinal);
        Assert.Contains("36 39 31 00", update.AfterJson, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Bad_input_is_refused_in_Danish_keeping_what_was_typed(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var form = await admin.GetDocumentAsync("/Admin/Privacy");
        var entriesBefore = await factory.QueryAsync(db => db.AdminAuditEntries.CountAsync(e => e.EntityType == AdminEntityType.PrivacyNotice));

        using var response = await admin.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.ControllerCvr"] = "1234",
            ["Input.DpoEmail"] = "a@b",
            ["Input.DpoPhone"] = "12",
            ["Input.PurposesMarkdown"] = "Min egen tekst <b>fed</b>",
        }, "main form");
        var result = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("8 cifre", result.QuerySelector("#Input_ControllerCvr-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("gyldig e-mailadresse", result.QuerySelector("#Input_DpoEmail-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("8 cifre", result.QuerySelector("#Input_DpoPhone-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("1234", (result.QuerySelector("input[name='Input.ControllerCvr']") as IHtmlInputElement)?.Value);
        Assert.Equal("Min egen tekst <b>fed</b>", Textarea(result, "Input.PurposesMarkdown"));
        Assert.Equal(entriesBefore, await factory.QueryAsync(db => db.AdminAuditEntries.CountAsync(e => e.EntityType == AdminEntityType.PrivacyNotice)));
    }

    [Fact]
    public async Task Saving_without_the_antiforgery_token_is_refused()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);

        using var response = await admin.PostAsync(new Uri("/Admin/Privacy", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.DpoName"] = "Uden token" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.PrivacyNotices.AnyAsync(n => n.DpoName == "Uden token")));
    }

    [Fact]
    public async Task The_footer_link_takes_each_signed_in_user_to_their_own_municipalitys_notice_or_the_list()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var visitor = factory.CreateBrowserLikeClient();
        Assert.Equal("/Privatliv", (await visitor.GetDocumentAsync("/")).QuerySelector("footer [data-privacy-link]")?.GetAttribute("href"));
        Assert.Equal("/Privatliv", await LandsOnAsync(visitor));

        foreach (var (account, start, expected) in new[]
        {
            (DemoAccounts.SecondRelative, "/Relatives", "/Privatliv/hvidovre"),
            (DemoAccounts.Relative, "/Relatives", "/Privatliv"), // relative of citizens in Hvidovre and Ishøj
            (DemoAccounts.Citizen, "/Citizen", "/Privatliv/hvidovre"),
            (DemoAccounts.Staff, "/Staff", "/Privatliv/hvidovre"),
            (DemoAccounts.IshoejAdministrator, "/Admin", "/Privatliv/ishoej"),
        })
        {
            using var user = await factory.SignInAsAsync(account);
            Assert.Equal("/Privatliv/Min", (await user.GetDocumentAsync(start)).QuerySelector("footer [data-privacy-link]")?.GetAttribute("href"));
            Assert.Equal(expected, await LandsOnAsync(user));
        }
    }

    private static async Task<string> LandsOnAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/Privatliv/Min", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.PathAndQueryOrOriginal();
    }

    private static string Section(IHtmlDocument page, string name) =>
        page.QuerySelector($"[data-privacy-section='{name}']")?.TextContent ?? "";

    private static string Textarea(IHtmlDocument page, string name) =>
        (page.QuerySelector($"textarea[name='{name}']") as IHtmlTextAreaElement)?.Value ?? "";
}
