using Paaroerende.Core.ContactDirectory;
using Paaroerende.Core.Tenancy;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.GeneralInformation;

public class ContactDirectoryTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_Hvidovre_directory_shows_the_phone_numbers_and_mail_addresses_from_the_policy(string provider)
    {
        using var client = (await portal.ForAsync(provider)).CreateBrowserLikeClient();

        var page = await DirectoryPage.OpenAsync(client, "hvidovre");

        Assert.Equal(["Akutte behov", "Ændret sygdomsbillede", "Ekstra behov i hverdagen"], page.CategoryHeadings);
        Assert.Equal(8, page.SituationTitles.Count);
        Assert.Contains("Borgeren har behov for vedligeholdende træning eller genoptræning", page.SituationTitles);
        Assert.Contains("tel:+4536392880", page.PhoneLinks);
        Assert.Contains("tel:+4536782000", page.PhoneLinks);
        Assert.Contains("tel:+4561916800", page.PhoneLinks);
        Assert.Contains("mailto:visitationen@hvidovre.dk", page.MailLinks);
        Assert.Contains("mailto:genoptraeningen@hvidovre.dk", page.MailLinks);
        Assert.Contains("mailto:jqs@hvidovre.dk", page.MailLinks);
        Assert.Contains("36 39 38 29", page.Text, StringComparison.Ordinal);
        Assert.Contains("voksenrådgivningen@hvidovre.dk", page.Text, StringComparison.Ordinal);
        Assert.Contains("Sidst kontrolleret: 25. november 2026", page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_Ishoej_directory_shows_opening_hours_and_both_dementia_numbers_as_links(string provider)
    {
        using var client = (await portal.ForAsync(provider)).CreateBrowserLikeClient();

        var page = await DirectoryPage.OpenAsync(client, "ishoej");

        Assert.Contains("hverdage fra 8.30-10 & 14-15", page.Text, StringComparison.Ordinal);
        Assert.Contains("hverdage fra 8.30-15.30", page.Text, StringComparison.Ordinal);
        Assert.Contains("tel:+4523285994", page.PhoneLinks);
        Assert.Contains("tel:+4521399550", page.PhoneLinks);
        Assert.Contains("mailto:cvv@ishoj.dk", page.MailLinks);
        Assert.NotNull(page.Document.QuerySelector("a[href='http://www.kaerbo.dk/']"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Search_narrows_the_directory_to_matching_situations(string provider)
    {
        using var client = (await portal.ForAsync(provider)).CreateBrowserLikeClient();

        var byTitle = await DirectoryPage.OpenAsync(client, "hvidovre", "q=koordinator");
        var byContactName = await DirectoryPage.OpenAsync(client, "hvidovre", "q=Broen");
        var byNote = await DirectoryPage.OpenAsync(client, "hvidovre", "q=hj%C3%A6lpemidler");
        var everyWord = await DirectoryPage.OpenAsync(client, "hvidovre", "q=koordinator+demens");

        Assert.Equal(["Borgeren er syg og har behov for kontakt til en koordinator"], byTitle.SituationTitles);
        Assert.Equal(["Ekstra behov i hverdagen"], byContactName.CategoryHeadings);
        Assert.Single(byContactName.SituationTitles);
        Assert.Equal(["Borgeren har svært ved at klare sig selv og har brug for hjælp og støtte derhjemme"], byNote.SituationTitles);
        Assert.Single(everyWord.SituationTitles);
        Assert.Equal("koordinator", ((AngleSharp.Html.Dom.IHtmlInputElement)byTitle.Document.QuerySelector("input[name='q']")!).Value);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Search_ignores_case_also_for_Danish_letters(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var slug = await AddMunicipalityWithSituationAsync(factory, "ØKONOMI og Ældrebolig");
        using var client = factory.CreateBrowserLikeClient();

        var upperCaseQuery = await DirectoryPage.OpenAsync(client, "ishoej", "q=K%C3%86RBO");
        var lowerCaseQuery = await DirectoryPage.OpenAsync(client, slug, "q=%C3%B8konomi+%C3%A6ldrebolig");

        Assert.Equal(["Omsorgscenter Kærbo og plejecenter Torsbo"], upperCaseQuery.SituationTitles);
        Assert.Equal(["ØKONOMI og Ældrebolig"], lowerCaseQuery.SituationTitles);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_search_without_results_says_so_plainly_and_how_to_widen_it(string provider)
    {
        using var client = (await portal.ForAsync(provider)).CreateBrowserLikeClient();

        var page = await DirectoryPage.OpenAsync(client, "hvidovre", "q=koordinator+genoptr%C3%A6ning");

        Assert.Empty(page.SituationTitles);
        Assert.NotNull(page.NoResultsMessage);
        Assert.Contains("Ingen situationer passer til din søgning", page.NoResultsMessage, StringComparison.Ordinal);
        Assert.Contains("„koordinator genoptræning“", page.NoResultsMessage, StringComparison.Ordinal);
        Assert.Contains("Prøv med færre eller andre ord", page.NoResultsMessage, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("#no-results a[href='/Kontakt/hvidovre']"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_category_filter_shows_only_the_chosen_category(string provider)
    {
        using var client = (await portal.ForAsync(provider)).CreateBrowserLikeClient();
        var all = await DirectoryPage.OpenAsync(client, "hvidovre");

        var filtered = await DirectoryPage.OpenAsync(client, "hvidovre", "kategori=" + all.CategoryValue("Ændret sygdomsbillede"));
        var filteredAndSearched = await DirectoryPage.OpenAsync(
            client, "hvidovre", "q=borgerr%C3%A5dgiver&kategori=" + all.CategoryValue("Ændret sygdomsbillede"));

        Assert.Equal(["Ændret sygdomsbillede"], filtered.CategoryHeadings);
        Assert.Equal(3, filtered.SituationTitles.Count);
        Assert.Equal("selected", filtered.Document.QuerySelector("option[selected]")?.GetAttribute("selected"));
        Assert.Empty(filteredAndSearched.SituationTitles);
        Assert.Contains("i kategorien „Ændret sygdomsbillede“", filteredAndSearched.NoResultsMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_form_is_a_plain_labelled_GET_form()
    {
        using var client = (await portal.ForAsync(DatabaseProviders.Sqlite)).CreateBrowserLikeClient();

        var page = await DirectoryPage.OpenAsync(client, "hvidovre");
        var form = page.Document.QuerySelector("form[role='search']")!;

        Assert.Equal("get", form.GetAttribute("method"), ignoreCase: true);
        Assert.Equal("/Kontakt/hvidovre", form.GetAttribute("action"));
        Assert.NotNull(page.Document.QuerySelector("label[for='q']"));
        Assert.NotNull(page.Document.QuerySelector("label[for='kategori']"));
        Assert.NotNull(form.QuerySelector("button[type='submit']"));
    }

    [Fact]
    public async Task A_municipality_without_a_directory_says_so_and_points_to_its_information()
    {
        using var client = (await portal.ForAsync(DatabaseProviders.Sqlite)).CreateBrowserLikeClient();

        var page = await DirectoryPage.OpenAsync(client, "rudersdal");

        Assert.Empty(page.SituationTitles);
        Assert.Contains("Rudersdal Kommune har endnu ingen kontaktoversigt i portalen.", page.Text, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("a[href='/Information/rudersdal']"));
    }

    [Fact]
    public async Task The_directory_speaks_English_when_the_visitor_chose_English_but_the_content_stays_Danish()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var page = await DirectoryPage.OpenAsync(client, "hvidovre");

        Assert.StartsWith("Whom do I contact?", page.Document.QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Akutte behov", page.CategoryHeadings);
        Assert.Contains("Last checked: 25 November 2026", page.Text, StringComparison.Ordinal);
    }

    /// <summary>A municipality of the test's own, so the demo directories stay as the other tests expect them.</summary>
    private static async Task<string> AddMunicipalityWithSituationAsync(PortalFactory factory, string situationTitle)
    {
        var slug = "test-" + Guid.NewGuid().ToString("N")[..8];
        await using var db = factory.Database.CreateContext();
        var municipality = new Municipality { Id = Guid.NewGuid(), Slug = slug, Name = "Testby Kommune" };
        db.Municipalities.Add(municipality);
        db.DirectoryCategories.Add(new DirectoryCategory
        {
            MunicipalityId = municipality.Id,
            Title = "Test",
            Situations = [new DirectorySituation { Title = situationTitle, Contacts = [new DirectoryContact { Name = "Testkontakt" }] }],
        });
        await db.SaveChangesAsync();
        return slug;
    }
}
