using System.Net;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Pages;

public class AccessTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    public static TheoryData<string> PublicPages => new(
        "/", "/Tilgaengelighed", "/Information", "/Information/hvidovre", "/Information/hvidovre/vaerdier",
        "/Kontakt", "/Kontakt/hvidovre", "/Privatliv", "/Privatliv/hvidovre", "/Account/Login", "/Account/ForgotPassword");

    public static TheoryData<string> RoleStartPages => new("/Relatives", "/Staff", "/Admin", "/Citizen");

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Public_pages_open_without_sign_in(string url)
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(RoleStartPages))]
    public async Task Start_pages_send_anonymous_visitors_to_sign_in(string url)
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login?ReturnUrl=", response.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/Staff")]
    [InlineData("/Admin")]
    [InlineData("/Citizen")]
    public async Task A_relative_cannot_open_other_roles_pages(string url)
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = await factory.SignInAsAsync(DemoAccounts.Relative);

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);
        using var denied = await client.GetAsync(response.Headers.Location);
        var page = await HtmlForms.ParseAsync(denied);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal("da", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Du har ikke adgang til siden", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task An_unknown_address_answers_a_Danish_404_page()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri("/findes-ikke", UriKind.Relative));
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("da", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Siden findes ikke", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_shows_the_portal_in_English_and_back()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();
        var front = await client.GetDocumentAsync("/");
        var danishTitle = front.Title;

        using var _ = await client.SubmitAsync(front, new Dictionary<string, string> { ["culture"] = "en" });
        var english = await client.GetDocumentAsync("/");

        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.NotEqual(danishTitle, english.Title);
    }
}
