using System.Net;
using Paaroerende.Demo;
using Paaroerende.Core.Identity;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Account;

public class SignInSafetyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [InlineData("https://angriber.example/falsk-login")]
    [InlineData("//angriber.example")]
    [InlineData("/\\angriber.example")]
    public async Task A_return_address_outside_the_portal_is_ignored(string returnUrl)
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();
        var email = await factory.CreateUserAsync(PortalRoles.Relative);

        var page = await client.GetDocumentAsync("/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        using var response = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = TestUsers.Password,
        });

        Assert.Equal("/Relatives", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_return_address_inside_the_portal_is_followed()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();

        var page = await client.GetDocumentAsync("/Account/Login?ReturnUrl=%2FKontakt");
        using var response = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Email"] = DemoAccounts.SecondRelative,
            ["Input.Password"] = DemoAccounts.Password,
        });

        Assert.Equal("/Kontakt", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_sign_in_posted_without_the_antiforgery_token_is_refused()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = DemoAccounts.SecondRelative,
            ["Input.Password"] = DemoAccounts.Password,
        });

        using var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Signing_out_takes_a_post_and_ends_the_session()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = await factory.SignInAsAsync(DemoAccounts.SecondRelative);

        var confirm = await client.GetDocumentAsync("/Account/Logout");
        using var stillIn = await client.GetAsync(new Uri("/Relatives", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);

        using var signedOut = await client.SubmitAsync(confirm, new Dictionary<string, string>(), "main form");
        using var after = await client.GetAsync(new Uri("/Relatives", UriKind.Relative));

        Assert.Equal("/Account/LoggedOut", signedOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task Staying_signed_in_from_the_session_warning_answers_no_content()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = await factory.SignInAsAsync(DemoAccounts.SecondRelative);
        var page = await client.GetDocumentAsync("/Relatives");

        using var response = await client.SubmitAsync(page, new Dictionary<string, string>(), "form[data-keep-alive-form]");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.NotNull(page.QuerySelector("dialog#session-timeout"));
        Assert.Equal("1800", page.Body!.GetAttribute("data-session-timeout-seconds"));
    }

    [Fact]
    public async Task The_login_form_labels_each_field_in_Danish()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();

        var page = await client.GetDocumentAsync("/Account/Login");

        Assert.Equal("E-mail", page.QuerySelector("label[for='Input_Email']")?.TextContent.Trim());
        Assert.Equal("Adgangskode", page.QuerySelector("label[for='Input_Password']")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_malformed_email_gets_a_Danish_message_and_the_error_summary_follows_the_form_order()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        using var client = factory.CreateBrowserLikeClient();
        var page = await client.GetDocumentAsync("/Account/Login");

        using var response = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Email"] = "ikke-en-mailadresse",
            ["Input.Password"] = "",
        });
        var result = await HtmlForms.ParseAsync(response);

        Assert.Contains("Skriv en gyldig e-mailadresse", result.QuerySelector("#Input_Email-error")?.TextContent, StringComparison.Ordinal);
        var summaryLinks = result.QuerySelectorAll("[data-error-summary] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#Input_Email", "#Input_Password"], summaryLinks);
        Assert.Equal("ikke-en-mailadresse", result.QuerySelector("#Input_Email")?.GetAttribute("value"));
    }
}
