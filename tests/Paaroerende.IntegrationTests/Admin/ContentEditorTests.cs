using System.Net;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Admin;

/// <summary>Offers, councils and their meetings, information pages and units: bad input, hostile text, and what relatives see.</summary>
public class ContentEditorTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_offer_with_bad_input_is_refused_in_Danish_and_keeps_what_was_typed(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var page = await admin.GetDocumentAsync("/Admin/Offers/Edit");

        using var response = await admin.SubmitAsync(page, Offer(new string('t', 301), kind: "", phone: "1234", email: "a@b", web: "ftp://x.dk"));
        var result = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("højst være 300 tegn", result.QuerySelector("#Input_Title-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Vælg „Slags tilbud“", result.QuerySelector("#Input_Kind-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("8 cifre", result.QuerySelector("#Input_Phone-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("gyldig e-mailadresse", result.QuerySelector("#Input_Email-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("https://", result.QuerySelector("#Input_WebAddress-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("ftp://x.dk", result.QuerySelector("input[name='Input.WebAddress']")?.GetAttribute("value"));
        Assert.Equal("Beskrivelse <b>fed</b>", result.QuerySelector("textarea[name='Input.Description']")?.TextContent);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_saved_offer_shows_on_the_public_information_page_with_script_text_harmless_and_is_logged(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var title = $"Demenscafé {Guid.NewGuid():N}"[..20];
        var page = await admin.GetDocumentAsync("/Admin/Offers/Edit");

        using var saved = await admin.SubmitAsync(page, Offer(title, kind: "DementiaCafe", phone: "36 39 00 00", email: "cafe@hvidovre.dk",
            web: "https://www.hvidovre.dk", description: "<script>alert('x')</script> Kaffe og kage"));

        Assert.Equal("/Admin/Offers", saved.Headers.Location?.OriginalString);
        var list = await admin.GetDocumentAsync("/Admin/Offers");
        Assert.Equal($"Gemt: {title}", list.QuerySelector("[role='status'][data-saved='Saved']")?.TextContent.Trim());
        Assert.Null((await admin.GetDocumentAsync("/Admin/Offers")).QuerySelector("[data-saved]"));
        using var publicPage = await factory.CreateBrowserLikeClient().GetAsync(new Uri("/Information/hvidovre", UriKind.Relative));
        var html = await publicPage.Content.ReadAsStringAsync();
        var shown = await HtmlForms.ParseAsync(publicPage);
        Assert.Contains(title, shown.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sådan søger du: Ring til caféen og meld dig til.",
            shown.QuerySelectorAll("[data-offer-kind]").Single(o => o.TextContent.Contains(title, StringComparison.Ordinal))
                .QuerySelector(".offer-how-to-apply")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(", html, StringComparison.Ordinal);
        var entry = await factory.QueryAsync(db => db.AdminAuditEntries.SingleAsync(e => e.Summary == title));
        Assert.Equal((AdminEntityType.Offer, AdminAuditAction.Created, null), (entry.EntityType, entry.Action, entry.BeforeJson));
        Assert.Contains("\"Kind\":\"DementiaCafe\"", entry.AfterJson, StringComparison.Ordinal);
        Assert.Contains("\"HowToApply\":\"Ring til caf", entry.AfterJson, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_new_meeting_previewed_and_then_saved_is_saved(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var councilId = (await HvidovreData.IdsAsync(factory))["council"];
        var page = await admin.GetDocumentAsync($"/Admin/Councils/Meeting?councilId={councilId}");
        var details = $"Kl. 15.00, {Guid.NewGuid():N}"[..30];
        var fields = new Dictionary<string, string>
        {
            ["Input.MeetingDate"] = "2026-09-14",
            ["Input.Details"] = details,
            ["Input.MinutesMarkdown"] = "Vi talte om **maden**.",
        };

        // "Forhåndsvis referatet", then "Gem" on the page the preview answered, each posted where a browser posts it.
        var previewUrl = BrowserPostsTo(page, "button.button-secondary[formaction]", $"/Admin/Councils/Meeting?councilId={councilId}");
        using var previewed = await admin.PostAsync(new Uri(previewUrl, UriKind.Relative), FormFields(page, fields));
        var preview = await HtmlForms.ParseAsync(previewed);
        Assert.Contains("maden", preview.QuerySelector("[data-minutes-preview] strong")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(details, preview.QuerySelector("input[name='Input.Details']")?.GetAttribute("value"));
        var saveUrl = BrowserPostsTo(preview, "button.button-primary", previewUrl);
        using var saved = await admin.PostAsync(new Uri(saveUrl, UriKind.Relative), FormFields(preview, fields));

        Assert.Equal("/Admin/Councils", saved.Headers.Location?.OriginalString);
        var list = await admin.GetDocumentAsync("/Admin/Councils");
        Assert.StartsWith("Gemt:", list.QuerySelector("[role='status'][data-saved='Saved']")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("2026-09-14", list.QuerySelector("[data-saved]")!.TextContent, StringComparison.Ordinal);
        var meeting = await factory.QueryAsync(db => db.CouncilMeetings.SingleAsync(m => m.Details == details));
        Assert.Equal((new DateOnly(2026, 9, 14), councilId.ToString(), "Vi talte om **maden**."), (meeting.MeetingDate, meeting.CouncilId.ToString(), meeting.MinutesMarkdown));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Council_minutes_written_in_Markdown_are_shown_with_raw_HTML_and_unsafe_links_made_harmless(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var councilId = (await HvidovreData.IdsAsync(factory))["council"];
        var page = await admin.GetDocumentAsync($"/Admin/Councils/Meeting?councilId={councilId}");
        const string minutes = "## Punkt 1\n\n<script>alert(1)</script> Vi talte om **besøgstider**. [Klik](javascript:alert(2))";

        using var saved = await admin.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.MeetingDate"] = "2026-10-01",
            ["Input.Details"] = "Kl. 16.00 i cafeen",
            ["Input.MinutesMarkdown"] = minutes,
        });
        using var upcoming = await admin.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.MeetingDate"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Details"] = "Kl. 17.00 i salen",
            ["Input.MinutesMarkdown"] = "",
        });

        Assert.Equal("/Admin/Councils", saved.Headers.Location?.OriginalString);
        var publicPage = await factory.CreateBrowserLikeClient().GetDocumentAsync("/Information/hvidovre");
        var shown = publicPage.QuerySelectorAll(".council-minutes").Single(d => d.TextContent.Contains("besøgstider", StringComparison.Ordinal));
        Assert.Equal("besøgstider", shown.QuerySelector("strong")?.TextContent);
        Assert.Contains("<script>alert(1)</script>", shown.TextContent, StringComparison.Ordinal);
        Assert.Empty(shown.QuerySelectorAll("script"));
        Assert.Equal("#", shown.QuerySelector("a")?.GetAttribute("href"));
        Assert.Contains(publicPage.QuerySelectorAll(".council-meetings li"), li => li.TextContent.Contains("Kl. 17.00 i salen", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_meeting_without_a_date_is_refused_and_the_minutes_typed_are_kept(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var councilId = (await HvidovreData.IdsAsync(factory))["council"];
        var page = await admin.GetDocumentAsync($"/Admin/Councils/Meeting?councilId={councilId}");

        using var response = await admin.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.MeetingDate"] = "",
            ["Input.Details"] = new string('d', 501),
            ["Input.MinutesMarkdown"] = "Referatet, jeg skrev",
        });
        var result = await HtmlForms.ParseAsync(response);

        Assert.Contains("Udfyld „Dato“", result.QuerySelector("#Input_MeetingDate-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("højst være 500 tegn", result.QuerySelector("#Input_Details-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Referatet, jeg skrev", result.QuerySelector("textarea[name='Input.MinutesMarkdown']")?.TextContent);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_information_page_is_published_from_Markdown_with_raw_HTML_shown_as_text(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var slug = $"side-{Guid.NewGuid():N}"[..13];
        var page = await admin.GetDocumentAsync("/Admin/Information/Edit");

        using var saved = await admin.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Title"] = "Besøg på plejecentret",
            ["Input.Slug"] = slug,
            ["Input.Summary"] = "Sådan",
            ["Input.BodyMarkdown"] = "## Tider\n\n- Alle dage\n\n<iframe src=\"https://ond.example\"></iframe>",
        });

        Assert.Equal("/Admin/Information", saved.Headers.Location?.OriginalString);
        var article = await factory.CreateBrowserLikeClient().GetDocumentAsync($"/Information/hvidovre/{slug}");
        Assert.Equal("Tider", article.QuerySelector(".information-body h2")?.TextContent);
        Assert.Empty(article.QuerySelectorAll("iframe"));
        Assert.Contains("<iframe", article.QuerySelector(".information-body")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_information_page_address_must_be_well_formed_and_unused_and_the_text_is_kept(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var page = await admin.GetDocumentAsync("/Admin/Information/Edit");
        var body = new string('m', 20001);

        using var malformed = await admin.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Title"] = "Ny side", ["Input.Slug"] = "Æble Grød!", ["Input.Summary"] = "", ["Input.BodyMarkdown"] = body,
        });
        using var taken = await admin.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Title"] = "Ny side", ["Input.Slug"] = "vaerdier", ["Input.Summary"] = "", ["Input.BodyMarkdown"] = "Tekst",
        });
        var first = await HtmlForms.ParseAsync(malformed);
        var second = await HtmlForms.ParseAsync(taken);

        Assert.Contains("små bogstaver a-z", first.QuerySelector("#Input_Slug-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("højst være 20000 tegn", first.QuerySelector("#Input_BodyMarkdown-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Æble Grød!", first.QuerySelector("input[name='Input.Slug']")?.GetAttribute("value"));
        Assert.Contains("allerede brugt", second.QuerySelector("#Input_Slug-error")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_Markdown_preview_renders_without_saving(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var page = await admin.GetDocumentAsync("/Admin/Information/Edit");
        var count = await factory.QueryAsync(db => db.InformationPages.CountAsync());

        var previewUrl = page.QuerySelector("button[formaction*='handler=Preview']")?.GetAttribute("formaction");
        Assert.NotNull(previewUrl);
        var token = await admin.TokenAsync("/Admin/Information/Edit");
        using var rendered = await admin.PostAsync(new Uri(previewUrl, UriKind.Relative), new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("Input.Title", "Kladde"), new("Input.BodyMarkdown", "**fed** <b>rå</b>"),
        ]));
        var result = await HtmlForms.ParseAsync(rendered);

        Assert.Equal("fed", result.QuerySelector("[data-markdown-preview] strong")?.TextContent);
        Assert.Contains("<b>rå</b>", result.QuerySelector("[data-markdown-preview]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("**fed** <b>rå</b>", result.QuerySelector("textarea[name='Input.BodyMarkdown']")?.TextContent);
        Assert.Equal(count, await factory.QueryAsync(db => db.InformationPages.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_unit_with_bad_input_is_refused_and_a_unit_in_use_cannot_be_deleted(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var page = await admin.GetDocumentAsync("/Admin/Units/Edit");

        using var bad = await admin.SubmitAsync(page, Unit(new string('u', 201), "", postalCode: "26500", phone: "36 39"));
        var result = await HtmlForms.ParseAsync(bad);
        var unitInUse = (await HvidovreData.IdsAsync(factory))["unit"];
        var confirm = await admin.GetDocumentAsync($"/Admin/Units/Edit/{unitInUse}?handler=Delete");
        var token = await admin.TokenAsync();
        using var forced = await admin.PostAsync(new Uri($"/Admin/Units/Edit/{unitInUse}?handler=Delete", UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Contains("højst være 200 tegn", result.QuerySelector("#Input_Name-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Vælg „Type“", result.QuerySelector("#Input_Type-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("4 cifre", result.QuerySelector("#Input_PostalCode-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("8 cifre", result.QuerySelector("#Input_Phone-error")?.TextContent, StringComparison.Ordinal);
        Assert.Null(confirm.QuerySelector("form[action*='handler=Delete']"));
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.True(await factory.QueryAsync(db => db.Units.AnyAsync(u => u.Id == Guid.Parse(unitInUse))));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_new_unit_is_saved_logged_and_can_be_deleted_while_unused(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var name = $"Botilbud {Guid.NewGuid():N}"[..18];

        using var saved = await admin.SubmitAsync(await admin.GetDocumentAsync("/Admin/Units/Edit"), Unit(name, "ResidentialOffer", "2650", "36 39 36 39"));
        var id = await factory.QueryAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());
        var confirm = await admin.GetDocumentAsync($"/Admin/Units/Edit/{id}?handler=Delete");
        using var deleted = await admin.SubmitAsync(confirm, new Dictionary<string, string>(), "form[action*='handler=Delete']");

        Assert.Equal($"Slet „{name}“?", confirm.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("/Admin/Units", saved.Headers.Location?.OriginalString);
        Assert.Equal("/Admin/Units", deleted.Headers.Location?.OriginalString);
        var actions = await factory.QueryAsync(db => db.AdminAuditEntries.Where(e => e.EntityId == id.ToString()).Select(e => e.Action).ToListAsync());
        Assert.Equal([AdminAuditAction.Created, AdminAuditAction.Deleted], actions.Order());
    }

    /// <summary>Where a browser posts the editor's form when the button is pressed: its formaction, else the form's action, else the page's own address.</summary>
    private static string BrowserPostsTo(AngleSharp.Html.Dom.IHtmlDocument page, string button, string pageAddress)
    {
        var form = page.QuerySelector("form[novalidate]")!;
        var target = form.QuerySelector(button)?.GetAttribute("formaction") ?? form.GetAttribute("action");
        return string.IsNullOrEmpty(target) ? pageAddress : target;
    }

    /// <summary>The editor form's hidden fields (the antiforgery token) and the given values.</summary>
    private static FormUrlEncodedContent FormFields(AngleSharp.Html.Dom.IHtmlDocument page, Dictionary<string, string> values) => new(
        page.QuerySelector("form[novalidate]")!.QuerySelectorAll("input[type='hidden']")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Concat(values));

    private static Dictionary<string, string> Offer(
        string title, string kind, string phone, string email, string web, string description = "Beskrivelse <b>fed</b>") => new()
    {
        ["Input.Title"] = title,
        ["Input.Kind"] = kind,
        ["Input.Description"] = description,
        ["Input.HowToApply"] = "Ring til caféen og meld dig til.",
        ["Input.LegalReference"] = "",
        ["Input.ContactName"] = "",
        ["Input.Phone"] = phone,
        ["Input.Email"] = email,
        ["Input.OpeningHours"] = "",
        ["Input.WebAddress"] = web,
    };

    private static Dictionary<string, string> Unit(string name, string type, string postalCode, string phone) => new()
    {
        ["Input.Name"] = name,
        ["Input.Type"] = type,
        ["Input.StreetAddress"] = "Demovej 2",
        ["Input.PostalCode"] = postalCode,
        ["Input.City"] = "Hvidovre",
        ["Input.Phone"] = phone,
        ["Input.Email"] = "",
        ["Input.OpeningHours"] = "",
        ["Input.VisitingHours"] = "",
    };
}
