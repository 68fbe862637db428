using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.GeneralInformation;

/// <summary>
/// WCAG 3.1.2 (Language of Parts): the municipalities' own texts are Danish whatever language the visitor chose, so in
/// the English interface their containers say <c>lang="da"</c>; in the Danish interface the page's own
/// <c>lang="da"</c> says it and nothing inside the page repeats it. The interface's own English texts stay English.
/// </summary>
public class DanishContentLanguageTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Public_pages_mark_the_municipalities_Danish_texts_in_English_only(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var client = factory.CreateBrowserLikeClient();

        foreach (var culture in new[] { "en", "da-DK" })
        {
            await ChooseAsync(client, "/", culture);
            var offers = await client.GetDocumentAsync("/Information/ishoej");
            var article = await client.GetDocumentAsync("/Information/hvidovre/vaerdier");
            var directory = await client.GetDocumentAsync("/Kontakt/hvidovre");

            AssertLanguage(culture, offers, offers.QuerySelectorAll("[data-offer-kind] h4"));
            AssertLanguage(culture, offers, offers.QuerySelectorAll(".useful-links a"));
            AssertLanguage(culture, article, article.QuerySelectorAll(".information-body p"));
            AssertLanguage(culture, directory, directory.QuerySelectorAll(".directory-category h2, .directory-situation h3, .directory-contact h4"));
            // The interface's own headings are in the interface's language.
            Assert.Null(LanguageOf(offers.QuerySelector("#offers-heading")!));
            Assert.Null(LanguageOf(directory.QuerySelector("h1")!));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_relatives_pages_mark_updates_news_and_the_unit_as_Danish_in_English(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var mette = await factory.SignInAsAsync(DemoAccounts.Relative);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");

        foreach (var culture in new[] { "en", "da-DK" })
        {
            await ChooseAsync(mette, "/Relatives", culture);
            var page = await mette.GetDocumentAsync($"/Relatives/Citizen/{inger}");
            var start = await mette.GetDocumentAsync("/Relatives");

            AssertLanguage(culture, page, page.QuerySelectorAll("[data-relative-view] .font-lead, [data-topic] h3, [data-topic] .update-body, [data-unit-news] h3"));
            AssertLanguage(culture, start, start.QuerySelectorAll(".card-subheading"));
            Assert.Null(LanguageOf(page.QuerySelector("#updates-heading")!));
        }
    }

    private static async Task ChooseAsync(HttpClient client, string url, string culture)
    {
        using var _ = await client.SubmitAsync(await client.GetDocumentAsync(url), new Dictionary<string, string> { ["culture"] = culture });
    }

    private static void AssertLanguage(string culture, IHtmlDocument page, IHtmlCollection<IElement> danishTexts)
    {
        Assert.Equal(culture[..2], page.DocumentElement.GetAttribute("lang"));
        Assert.NotEmpty(danishTexts);
        foreach (var element in danishTexts)
        {
            Assert.Equal(culture == "en" ? "da" : null, LanguageOf(element));
        }
        if (culture != "en")
        {
            Assert.Empty(page.QuerySelectorAll("#main-content [lang]"));
        }
    }

    /// <summary>The nearest <c>lang</c> inside the page's main content (the element's own or an ancestor's), or null for the page's.</summary>
    private static string? LanguageOf(IElement element) =>
        element.Closest("#main-content [lang]")?.GetAttribute("lang");
}
