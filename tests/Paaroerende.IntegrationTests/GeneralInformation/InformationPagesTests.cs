using System.Net;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Demo.Content;
using Paaroerende.Core.GeneralInformation;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.GeneralInformation;

public class InformationPagesTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    public static TheoryData<string> UnknownAddresses => new(
        "/Information/findes-ikke", "/Information/hvidovre/findes-ikke", "/Kontakt/findes-ikke",
        "/Information/findes-ikke/vaerdier",
        // A page of another municipality is not found under this one.
        "/Information/ishoej/forord");

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_information_index_links_to_every_demo_municipality(string provider)
    {
        using var client = (await portal.ForAsync(provider)).CreateBrowserLikeClient();

        var page = await client.GetDocumentAsync("/Information");
        var links = page.QuerySelectorAll("a.card").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(
            DemoContent.All().Select(m => $"/Information/{m.Slug}").Order(StringComparer.Ordinal),
            links.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_municipality_with_one_page_is_counted_in_the_singular(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider);
        await factory.QueryAsync(async db =>
        {
            var ishoej = await db.Municipalities.Where(m => m.Slug == "ishoej").Select(m => m.Id).SingleAsync();
            var kept = await db.InformationPages.Where(p => p.MunicipalityId == ishoej).OrderBy(p => p.Slug).Select(p => p.Id).FirstAsync();
            return await db.InformationPages.Where(p => p.MunicipalityId == ishoej && p.Id != kept).ExecuteDeleteAsync();
        });
        using var client = factory.CreateBrowserLikeClient();

        var page = await client.GetDocumentAsync("/Information");

        var card = page.QuerySelector("a.card[href='/Information/ishoej']");
        Assert.Equal("1 side med generel information", card?.QuerySelector("p")?.TextContent.Trim());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_demo_municipality_has_a_values_page(string provider)
    {
        using var client = (await portal.ForAsync(provider)).CreateBrowserLikeClient();

        foreach (var municipality in DemoContent.All())
        {
            using var response = await client.GetAsync(new Uri($"/Information/{municipality.Slug}/vaerdier", UriKind.Relative));
            var page = await HtmlForms.ParseAsync(response);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("h1")?.TextContent), municipality.Slug);
            Assert.NotEmpty(page.QuerySelectorAll(".information-body p"));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Ishoej_shows_its_offers_by_kind_with_contact_details_and_its_useful_links(string provider)
    {
        using var client = (await portal.ForAsync(provider)).CreateBrowserLikeClient();

        var page = await client.GetDocumentAsync("/Information/ishoej");
        var text = page.Body!.TextContent;
        var kindHeadings = page.QuerySelectorAll("#offers-heading ~ h3").Select(h => h.TextContent.Trim()).ToList();

        Assert.Equal("Aflastning og afløsning", kindHeadings[0]);
        Assert.Contains("Demenscaféer", kindHeadings);
        Assert.Contains("Aflastning eller afløsning", text, StringComparison.Ordinal);
        Assert.Contains("Servicelovens § 84", text, StringComparison.Ordinal);
        Assert.Contains("Sorg- og Livsmodsgruppe", text, StringComparison.Ordinal);
        Assert.Contains("op til 5 anonyme individuelle samtaler", text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-offer-kind='DementiaCafe'] a[href='tel:+4523285994']"));
        Assert.NotNull(page.QuerySelector("a[href='tel:+4520692833']"));
        Assert.NotNull(page.QuerySelector("a[href='mailto:pitstop@ishoj.dk']"));
        Assert.NotNull(page.QuerySelector("a[href='mailto:agy@km.dk']"));
        Assert.NotNull(page.QuerySelector("a[href='http://ishoej.drk.dk/']"));
        Assert.Equal(
            [
                "http://www.aeldresagen.dk/paaroerende", "http://www.alzheimer.dk/paaroerende", "http://www.handicap.dk/paaroerende",
                "http://www.sind.dk/paaroerende", "http://www.psykiatrifonden.dk/paaroerende",
                "http://www.danskhandicap.dk/medlemsorganisationer", "http://www.misbrugsportalen.dk/",
            ],
            page.QuerySelectorAll(".useful-links a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_demo_offer_says_what_it_is_and_the_statutory_ones_say_how_to_apply_to_Visitationen(string provider)
    {
        using var client = (await portal.ForAsync(provider)).CreateBrowserLikeClient();

        foreach (var slug in new[] { "ishoej", "koebenhavn" })
        {
            var offers = (await client.GetDocumentAsync($"/Information/{slug}")).QuerySelectorAll("[data-offer-kind]");
            Assert.NotEmpty(offers);
            Assert.All(offers, offer => Assert.False(string.IsNullOrWhiteSpace(offer.QuerySelector("h4 ~ p")?.TextContent), offer.TextContent));
        }
        var respite = (await client.GetDocumentAsync("/Information/ishoej")).QuerySelectorAll("[data-offer-kind]")
            .Single(o => o.QuerySelector("h4")!.TextContent == "Aflastning eller afløsning");
        Assert.Contains("afløsning i hjemmet", respite.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Sådan søger du: Kontakt visitationen på tlf. 43 57 69 91",
            respite.QuerySelector(".offer-how-to-apply")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(respite.QuerySelector("a[href='tel:+4543576991']"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Copenhagen_shows_its_relatives_councils_and_pages_about_levels_of_involvement(string provider)
    {
        using var client = (await portal.ForAsync(provider)).CreateBrowserLikeClient();

        var page = await client.GetDocumentAsync("/Information/koebenhavn");
        var councils = page.QuerySelectorAll("#councils-heading ~ h3").Select(h => h.TextContent.Trim()).ToList();
        var involvement = await client.GetDocumentAsync("/Information/koebenhavn/inddragelse");

        Assert.Contains("Borgercenter Handicaps Centerråd", councils);
        Assert.Contains("Handicaprådet", councils);
        Assert.Equal("Inddragelse på flere niveauer", involvement.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("Det organisatoriske samarbejde",
            involvement.QuerySelectorAll(".information-body h2").Select(h => h.TextContent), StringComparer.Ordinal);
    }

    [Theory]
    [MemberData(nameof(UnknownAddresses))]
    public async Task An_unknown_municipality_or_page_answers_404(string url)
    {
        using var client = (await portal.ForAsync(DatabaseProviders.Sqlite)).CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Script_and_raw_HTML_in_a_page_are_shown_as_text(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var slug = "test-" + Guid.NewGuid().ToString("N")[..8];
        await using (var db = factory.Database.CreateContext())
        {
            var hvidovre = await db.Municipalities.SingleAsync(m => m.Slug == "hvidovre");
            db.InformationPages.Add(new InformationPage
            {
                MunicipalityId = hvidovre.Id,
                Slug = slug,
                Title = "Prøve",
                SortOrder = 99,
                BodyMarkdown = "Hej <script>alert(1)</script> og <b>fed</b>\n\n<img src=x onerror=\"alert(2)\">\n\n"
                    + "[klik](javascript:alert(3)) og [værdier](/Information/hvidovre/vaerdier)\n\n# Overskrift",
            });
            await db.SaveChangesAsync();
        }

        using var client = factory.CreateBrowserLikeClient();
        var page = await client.GetDocumentAsync($"/Information/hvidovre/{slug}");
        var body = page.QuerySelector(".information-body")!;

        Assert.Empty(body.QuerySelectorAll("script, b, img"));
        Assert.Contains("<script>alert(1)</script>", body.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=\"alert(2)\">", body.TextContent, StringComparison.Ordinal);
        Assert.Equal(["#", "/Information/hvidovre/vaerdier"], body.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("Overskrift", body.QuerySelector("h2")?.TextContent);
    }
}
