using System.Net;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.GeneralInformation;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Admin;

/// <summary>The directory editor, as Hvidovre's administrator uses it, and what relatives then see on /Kontakt/hvidovre.</summary>
public class DirectoryEditorTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_contact_with_over_long_fields_and_malformed_phone_mail_and_web_address_is_refused_in_Danish_and_keeps_what_was_typed(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var situation = await admin.AddSituationAsync(factory, await admin.AddCategoryAsync(factory, Unique("Kategori")), Unique("Situation"));
        var longName = new string('n', 201);
        var page = await admin.GetDocumentAsync($"/Admin/Directory/Contact?situationId={situation}");

        var fields = DirectoryEditing.ContactFields(situation, longName, phone: "12 34");
        fields["Input.Email"] = "ikke en mail";
        fields["Input.WebAddress"] = "javascript:alert(1)";
        fields["Input.OpeningHours"] = new string('å', 501);
        using var response = await admin.SubmitAsync(page, fields);
        var result = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("højst være 200 tegn", result.QuerySelector("#Input_Name-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("8 cifre", result.QuerySelector("#Input_Phone-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("gyldig e-mailadresse", result.QuerySelector("#Input_Email-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("https://", result.QuerySelector("#Input_WebAddress-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("højst være 500 tegn", result.QuerySelector("#Input_OpeningHours-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, result.QuerySelectorAll("[data-error-summary] li").Length);
        Assert.Equal("12 34", result.QuerySelector("input[name='Input.Phone']")?.GetAttribute("value"));
        Assert.Equal(longName, result.QuerySelector("input[name='Input.Name']")?.GetAttribute("value"));
        Assert.Equal(situation.ToString(), result.QuerySelector("select[name='Input.SituationId'] option[selected]")?.GetAttribute("value"));
        Assert.Equal(0, await factory.QueryAsync(db => db.DirectoryContacts.CountAsync(c => c.SituationId == situation)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Script_text_in_a_contact_is_shown_as_harmless_text_on_the_public_directory(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var situation = await admin.AddSituationAsync(factory, await admin.AddCategoryAsync(factory, Unique("Kategori")), Unique("Situation"));
        const string hostile = "<script>alert('x')</script>";
        await admin.AddContactAsync(factory, situation, hostile, note: "<img src=x onerror=alert(1)>");

        using var anonymous = factory.CreateBrowserLikeClient();
        using var response = await anonymous.GetAsync(new Uri("/Kontakt/hvidovre", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var page = await HtmlForms.ParseAsync(response);

        Assert.DoesNotContain(hostile, html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains(hostile, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("img[onerror]"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_edited_phone_number_shows_on_the_public_directory_and_is_logged_with_before_and_after(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var situation = await admin.AddSituationAsync(factory, await admin.AddCategoryAsync(factory, Unique("Kategori")), Unique("Situation"));
        var name = Unique("Kontakt");
        var contact = await admin.AddContactAsync(factory, situation, name, phone: "36 39 00 01");

        var edit = await admin.GetDocumentAsync($"/Admin/Directory/Contact/{contact}");
        var fields = DirectoryEditing.ContactFields(situation, name, phone: "+45 36 39 00 02");
        using var saved = await admin.SubmitAsync(edit, fields);

        Assert.Equal("/Admin/Directory", saved.Headers.Location?.OriginalString);
        var list = await admin.GetDocumentAsync("/Admin/Directory");
        Assert.Equal($"Gemt: {name}", list.QuerySelector("[role='status'][data-saved='Saved']")?.TextContent.Trim());
        var directory = await DirectoryPage.OpenAsync(factory.CreateBrowserLikeClient(), "hvidovre");
        Assert.Contains("tel:+4536390002", directory.PhoneLinks);
        Assert.DoesNotContain("tel:+4536390001", directory.PhoneLinks);
        var entry = await factory.QueryAsync(db => db.AdminAuditEntries
            .Where(e => e.EntityId == contact.ToString() && e.Action == AdminAuditAction.Updated).SingleAsync());
        Assert.Equal(AdminEntityType.DirectoryContact, entry.EntityType);
        Assert.Contains("\"Phone\":\"36 39 00 01\"", entry.BeforeJson, StringComparison.Ordinal);
        Assert.Contains("\"Phone\":\"+45 36 39 00 02\"", entry.AfterJson, StringComparison.Ordinal);
        Assert.Contains("Anders Administrator", entry.ActorName, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Moving_a_contact_up_puts_it_first_where_relatives_see_it(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var situationTitle = Unique("Situation");
        var situation = await admin.AddSituationAsync(factory, await admin.AddCategoryAsync(factory, Unique("Kategori")), situationTitle);
        var first = Unique("Første");
        var second = Unique("Anden");
        await admin.AddContactAsync(factory, situation, first);
        var secondId = await admin.AddContactAsync(factory, situation, second);

        var list = await admin.GetDocumentAsync("/Admin/Directory");
        using var moved = await admin.SubmitAsync(list, new Dictionary<string, string> { ["direction"] = "up" },
            $"form[action^='/Admin/Directory/Contact/{secondId}']");

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var directory = await DirectoryPage.OpenAsync(factory.CreateBrowserLikeClient(), "hvidovre");
        var names = directory.Document.QuerySelectorAll(".directory-situation")
            .Single(s => s.QuerySelector("h3")!.TextContent.Trim() == situationTitle)
            .QuerySelectorAll(".directory-contact h4").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal([second, first], names);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Deleting_a_category_asks_first_and_then_removes_it_with_its_situations(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var categoryTitle = Unique("Slettes");
        var category = await admin.AddCategoryAsync(factory, categoryTitle);
        var situation = await admin.AddSituationAsync(factory, category, Unique("Situation"));
        await admin.AddContactAsync(factory, situation, Unique("Kontakt"));

        var confirm = await admin.GetDocumentAsync($"/Admin/Directory/Category/{category}?handler=Delete");
        var situationConfirm = await admin.GetDocumentAsync($"/Admin/Directory/Situation/{situation}?handler=Delete");
        Assert.Equal($"Slet „{categoryTitle}“?", confirm.QuerySelector("h1")?.TextContent.Trim());
        Assert.StartsWith("Slet „Situation", situationConfirm.QuerySelector("h1")?.TextContent.Trim(), StringComparison.Ordinal);
        // One is "1 situation", "1 kontakt": a noun agrees with its number.
        Assert.Contains("Kategorien og dens 1 situation med alle dens kontakter bliver slettet", confirm.QuerySelector(".alert-warning")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Situationen og dens 1 kontakt bliver slettet", situationConfirm.QuerySelector(".alert-warning")?.TextContent, StringComparison.Ordinal);
        using var deleted = await admin.SubmitAsync(confirm, new Dictionary<string, string>(), "form[action*='handler=Delete']");

        Assert.Equal("/Admin/Directory", deleted.Headers.Location?.OriginalString);
        Assert.False(await factory.QueryAsync(db => db.DirectorySituations.AnyAsync(s => s.Id == situation)));
        var directory = await DirectoryPage.OpenAsync(factory.CreateBrowserLikeClient(), "hvidovre");
        Assert.DoesNotContain(categoryTitle, directory.CategoryHeadings);
        Assert.True(await factory.QueryAsync(db => db.AdminAuditEntries.AnyAsync(e =>
            e.EntityId == category.ToString() && e.Action == AdminAuditAction.Deleted && e.AfterJson == null && e.BeforeJson != null)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_situation_without_title_or_category_is_refused_and_the_description_typed_is_kept(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var page = await admin.GetDocumentAsync("/Admin/Directory/Situation");

        using var response = await admin.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.CategoryId"] = "",
            ["Input.Title"] = "",
            ["Input.Description"] = "Det, jeg skrev",
            ["Input.LastCheckedOn"] = "ikke en dato",
        });
        var result = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vælg „Kategori“", result.QuerySelector("#Input_CategoryId-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Udfyld „Situation“", result.QuerySelector("#Input_Title-error")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(result.QuerySelector("#Input_LastCheckedOn-error"));
        Assert.Equal("Det, jeg skrev", result.QuerySelector("textarea[name='Input.Description']")?.TextContent);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_preview_shows_the_directory_exactly_as_the_public_page_does(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);

        var preview = await admin.GetDocumentAsync("/Admin/Directory/Preview");
        var publicPage = await factory.CreateBrowserLikeClient().GetDocumentAsync("/Kontakt/hvidovre");

        static string Sections(AngleSharp.Html.Dom.IHtmlDocument page) =>
            string.Join("\n", page.QuerySelectorAll(".directory-category").Select(s => s.OuterHtml));
        Assert.NotEmpty(Sections(preview));
        Assert.Equal(Sections(publicPage), Sections(preview));
    }

    private static string Unique(string text) => $"{text} {Guid.NewGuid():N}"[..(text.Length + 9)];
}
