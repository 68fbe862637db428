using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.GeneralInformation;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Admin;

/// <summary>
/// The CSV round trip as an administrator does it in Excel, and files that must be refused as a whole. Refused
/// files change nothing, so those tests share a portal; a test whose import succeeds has a portal of its own.
/// </summary>
public class DirectoryCsvTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Export_change_one_phone_and_import_shows_the_change_on_the_public_directory(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);

        var exported = await ExportAsync(admin);
        var changed = exported.Replace(";Genoptræningen;36 78 20 00;", ";Genoptræningen;36 78 20 99;", StringComparison.Ordinal);
        Assert.NotEqual(exported, changed);
        using var imported = await ImportAsync(admin, Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(changed)).ToArray());

        Assert.Equal("/Admin/Directory?importeret=true", imported.Headers.Location?.OriginalString);
        var directory = await DirectoryPage.OpenAsync(factory.CreateBrowserLikeClient(), "hvidovre");
        Assert.Contains("tel:+4536782099", directory.PhoneLinks);
        Assert.DoesNotContain("tel:+4536782000", directory.PhoneLinks);
        Assert.Equal(changed, await ExportAsync(admin));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_upload_shows_what_is_added_changed_and_removed_and_saves_nothing_until_confirmed(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var exported = await ExportAsync(admin);
        var lines = exported.Split("\r\n").Where(l => !l.Contains(";Sundhedscentret;", StringComparison.Ordinal)).ToList();
        lines.Insert(lines.Count - 1, "Akutte behov;Borgeren har brug for hjælp om natten;;;Nattevagten;36 39 00 00;;;;");
        var changed = string.Join("\r\n", lines).Replace(";Genoptræningen;36 78 20 00;", ";Genoptræningen;36 78 20 99;", StringComparison.Ordinal);

        using var uploaded = await UploadAsync(admin, Encoding.UTF8.GetBytes(changed));
        var page = await HtmlForms.ParseAsync(uploaded);

        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.Equal("Linjer, der tilføjes: 1. Ændres: 1. Fjernes: 1. Intet er gemt endnu.", page.QuerySelector("[data-import-summary]")?.TextContent.Trim());
        Assert.Equal("Akutte behov › Borgeren har brug for hjælp om natten › Nattevagten", Assert.Single(page.QuerySelectorAll("[data-added] > li")).TextContent.Trim());
        var change = Assert.Single(page.QuerySelectorAll("[data-changed] > li"));
        Assert.Contains("› Genoptræningen", change.TextContent, StringComparison.Ordinal);
        Assert.Equal("Telefon: 36 78 20 00 → 36 78 20 99", Assert.Single(change.QuerySelectorAll("[data-field]")).TextContent.Trim());
        Assert.EndsWith("› Sundhedscentret", Assert.Single(page.QuerySelectorAll("[data-removed] > li")).TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(exported, await ExportAsync(admin));
        Assert.Equal(0, await factory.QueryAsync(db => db.AdminAuditEntries.CountAsync(e => e.Action == AdminAuditAction.Imported)));

        using var confirmed = await admin.SubmitAsync(page, new Dictionary<string, string>(), "form[data-confirm-import]");

        Assert.Equal("/Admin/Directory?importeret=true", confirmed.Headers.Location?.OriginalString);
        // The same lines; the new situation is listed with its category.
        Assert.Equal(changed.Split("\r\n").Order(StringComparer.Ordinal), (await ExportAsync(admin)).Split("\r\n").Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_confirmation_after_the_directory_changed_meanwhile_shows_the_changes_again_and_saves_nothing(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var exported = await ExportAsync(admin);
        var changed = exported.Replace(";Genoptræningen;36 78 20 00;", ";Genoptræningen;36 78 20 99;", StringComparison.Ordinal);
        var shown = await HtmlForms.ParseAsync(await UploadAsync(admin, Encoding.UTF8.GetBytes(changed)));
        var meanwhile = exported.Replace(";Kræftkoordinator;36 39 38 29;", ";Kræftkoordinator;36 39 38 00;", StringComparison.Ordinal);
        using (await ImportAsync(admin, Encoding.UTF8.GetBytes(meanwhile)))
        {
        }

        using var confirmed = await admin.SubmitAsync(shown, new Dictionary<string, string>(), "form[data-confirm-import]");
        var again = await HtmlForms.ParseAsync(confirmed);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.NotNull(again.QuerySelector("[data-changed-meanwhile]"));
        Assert.Equal(2, again.QuerySelectorAll("[data-changed] > li").Length);
        Assert.Equal(meanwhile, await ExportAsync(admin));
        using var confirmedAgain = await admin.SubmitAsync(again, new Dictionary<string, string>(), "form[data-confirm-import]");
        Assert.Equal(HttpStatusCode.Redirect, confirmedAgain.StatusCode);
        Assert.Equal(changed, await ExportAsync(admin));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_confirmation_with_a_damaged_file_asks_for_the_file_again_and_saves_nothing(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var exported = await ExportAsync(admin);
        var shown = await HtmlForms.ParseAsync(await UploadAsync(admin, Encoding.UTF8.GetBytes(exported.Replace("36 78 20 00", "36 78 20 99", StringComparison.Ordinal))));

        using var confirmed = await admin.SubmitAsync(shown, new Dictionary<string, string> { ["Input.Content"] = "ikke base64!" }, "form[data-confirm-import]");

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Vælg filen igen", (await HtmlForms.ParseAsync(confirmed)).QuerySelector("[data-error-summary]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(exported, await ExportAsync(admin));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_directory_of_one_situation_with_one_contact_is_counted_in_the_singular_everywhere(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var exported = await ExportAsync(admin);
        var firstContact = string.Join("\r\n", exported.Split("\r\n").Take(2)) + "\r\n";
        using var imported = await ImportAsync(admin, Encoding.UTF8.GetBytes(firstContact));
        var visitor = factory.CreateBrowserLikeClient();

        var done = await admin.GetDocumentAsync(imported.Headers.Location!.OriginalString);
        var everyDirectory = await visitor.GetDocumentAsync("/Kontakt");
        var directory = await visitor.GetDocumentAsync("/Kontakt/hvidovre");
        var situation = firstContact.Split("\r\n")[1].Split(';')[1].Trim('"');
        var searched = await visitor.GetDocumentAsync($"/Kontakt/hvidovre?q={Uri.EscapeDataString(situation)}");

        Assert.Equal("Kontaktoversigten er erstattet med filens indhold: 1 situation og 1 kontakt.", done.QuerySelector("[data-import-done]")?.TextContent.Trim());
        var card = everyDirectory.QuerySelectorAll(".card").Single(c => c.QuerySelector("h3")?.TextContent == "Hvidovre Kommune");
        Assert.Equal("Kontakter til 1 situation", card.QuerySelector("p")?.TextContent.Trim());
        Assert.Contains("Oversigten har 1 situation.", directory.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1 af 1 situation passer til din søgning.", searched.QuerySelector("#result-count")?.TextContent.Trim());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_import_is_logged_with_the_counts_and_the_lines_that_changed_before_and_after(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var exported = await ExportAsync(admin);
        var oneSituationLess = string.Join("\r\n", exported.Split("\r\n").Where(l => !l.Contains("Sundhedscentret;", StringComparison.Ordinal)));

        using var imported = await ImportAsync(admin, Encoding.UTF8.GetBytes(oneSituationLess));

        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        var entry = await factory.QueryAsync(db => db.AdminAuditEntries.SingleAsync(e => e.Action == AdminAuditAction.Imported));
        Assert.Equal(AdminEntityType.Directory, entry.EntityType);
        Assert.StartsWith("""{"Categories":3,"Situations":8,"Contacts":12,"Lines":["Ændret sygdomsbillede · Borgeren har brug for rådgivning om sundhed · 25-11-2026 · Sundhedscentret · 36 39 37 37""", entry.BeforeJson, StringComparison.Ordinal);
        Assert.Equal("""{"Categories":3,"Situations":7,"Contacts":11,"Lines":[]}""", entry.AfterJson);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_bad_phone_on_line_7_is_reported_as_Linje_7_and_nothing_is_saved(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var exported = await ExportAsync(admin);
        var lines = exported.Split("\r\n");
        var fields = lines[6].Split(';');
        fields[5] = "12 34";
        lines[6] = string.Join(';', fields);
        lines[2] = lines[2].Replace(";Visitator;", ";Ny visitator;", StringComparison.Ordinal);

        using var response = await ImportAsync(admin, Encoding.UTF8.GetBytes(string.Join("\r\n", lines)));
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var problem = Assert.Single(page.QuerySelectorAll("[data-csv-problems] li")).TextContent;
        Assert.StartsWith("Linje 7: Telefonnummeret „12 34“ kan ikke bruges", problem, StringComparison.Ordinal);
        Assert.Contains("ikke indlæst", page.QuerySelector("[data-error-summary]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(exported, await ExportAsync(admin));
    }

    public static TheoryData<string, string, string> HostileFiles => new()
    {
        { DatabaseProviders.Sqlite, "comma", "semikolon" },
        { DatabaseProviders.Sqlite, "missing-column", "Disse kolonner mangler: Telefon" },
        { DatabaseProviders.Sqlite, "windows-1252", "UTF-8" },
        { DatabaseProviders.Sqlite, "oversize", "Filen er for stor. Den må højst fylde 512 kB." },
        { DatabaseProviders.Sqlite, "unclosed-quote", "Linje 3: Et anførselstegn" },
        { DatabaseProviders.Sqlite, "binary", "UTF-8" },
        { DatabaseProviders.Sqlite, "empty", "Filen har ingen kontakter" },
        { DatabaseProviders.PostgreSql, "comma", "semikolon" },
        { DatabaseProviders.PostgreSql, "missing-column", "Disse kolonner mangler: Telefon" },
        { DatabaseProviders.PostgreSql, "windows-1252", "UTF-8" },
        { DatabaseProviders.PostgreSql, "oversize", "Filen er for stor. Den må højst fylde 512 kB." },
        { DatabaseProviders.PostgreSql, "unclosed-quote", "Linje 3: Et anførselstegn" },
        { DatabaseProviders.PostgreSql, "binary", "UTF-8" },
        { DatabaseProviders.PostgreSql, "empty", "Filen har ingen kontakter" },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task A_broken_or_hostile_file_is_refused_with_a_Danish_explanation_and_nothing_is_saved(string provider, string file, string message)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var exported = await ExportAsync(admin);

        using var response = await ImportAsync(admin, Broken(file, exported));
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.QuerySelector("[data-csv-problems]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(exported, await ExportAsync(admin));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Script_and_formula_text_in_an_imported_file_is_shown_as_text_and_escaped_again_on_export(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        const string header = "Kategori;Situation;Beskrivelse;Senest tjekket;Kontakt;Telefon;E-mail;Åbningstider;Webadresse;Note";
        var file = header + "\r\nAkutte behov;<script>alert(1)</script>;;;\"=HYPERLINK(\"\"http://ond.example\"\";\"\"Klik\"\")\";36 39 28 80;;;;@SUM(1+1)\r\n";

        using var imported = await ImportAsync(admin, Encoding.UTF8.GetBytes(file));

        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        using var publicPage = await factory.CreateBrowserLikeClient().GetAsync(new Uri("/Kontakt/hvidovre", UriKind.Relative));
        var html = await publicPage.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        var exported = await ExportAsync(admin);
        Assert.Contains(";\"'=HYPERLINK(\"\"http://ond.example\"\";\"\"Klik\"\")\";", exported, StringComparison.Ordinal);
        Assert.EndsWith(";'@SUM(1+1)\r\n", exported, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_export_is_UTF8_with_byte_order_mark_and_semicolons_for_Danish_Excel(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);

        using var response = await admin.GetAsync(new Uri("/Admin/Directory/Export", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("Kategori;Situation;Beskrivelse;Senest tjekket;Kontakt;Telefon;E-mail;Åbningstider;Webadresse;Note\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Ændret sygdomsbillede;", text, StringComparison.Ordinal);
        Assert.Contains("borgerrådgiver@hvidovre.dk", text, StringComparison.Ordinal);
    }

    private static byte[] Broken(string kind, string exported) => kind switch
    {
        "comma" => Encoding.UTF8.GetBytes(exported.Replace(';', ',')),
        "missing-column" => Encoding.UTF8.GetBytes(string.Join("\r\n", exported.Split("\r\n").Select(RemovePhoneColumn))),
        "windows-1252" => Encoding.Latin1.GetBytes(exported),
        "oversize" => Encoding.UTF8.GetBytes(exported + new string(' ', 600 * 1024)),
        "unclosed-quote" => Encoding.UTF8.GetBytes(string.Join("\r\n", exported.Split("\r\n").Select((l, i) => i == 2 ? "\"" + l : l))),
        "binary" => [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0xFE, 0x00],
        "empty" => Encoding.UTF8.GetBytes(exported.Split("\r\n")[0] + "\r\n"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string RemovePhoneColumn(string line)
    {
        var fields = line.Split(';').ToList();
        if (fields.Count > 5)
        {
            fields.RemoveAt(5);
        }

        return string.Join(';', fields);
    }

    private static async Task<string> ExportAsync(HttpClient admin)
    {
        var bytes = await admin.GetByteArrayAsync(new Uri("/Admin/Directory/Export", UriKind.Relative));
        return Encoding.UTF8.GetString(bytes.AsSpan(3));
    }

    /// <summary>Uploads the file and, when the page shows its changes, confirms them, as an administrator would.</summary>
    private static async Task<HttpResponseMessage> ImportAsync(HttpClient admin, byte[] content)
    {
        var uploaded = await UploadAsync(admin, content);
        var page = await HtmlForms.ParseAsync(uploaded);
        if (page.QuerySelector("form[data-confirm-import]") is null)
        {
            return uploaded;
        }

        uploaded.Dispose();
        return await admin.SubmitAsync(page, new Dictionary<string, string>(), "form[data-confirm-import]");
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, byte[] content)
    {
        var page = await admin.GetDocumentAsync("/Admin/Directory/Import");
        return await admin.UploadAsync(page, "Input.File", content, "hvem-kontakter-jeg.csv");
    }
}
