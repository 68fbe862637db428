using Microsoft.AspNetCore.Mvc.Testing;
using Paaroerende.Core.Demo;

namespace Paaroerende.IntegrationTests.Infrastructure;

public static class SignIn
{
    /// <summary>A client with its own cookies that does not follow redirects, so tests can see where they point.</summary>
    public static HttpClient CreateBrowserLikeClient(this PortalFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpResponseMessage> PostLoginAsync(this HttpClient client, string email, string password)
    {
        var page = await client.GetDocumentAsync("/Account/Login");
        return await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }

    /// <summary>Signs in through the real login form and fails the test if that did not work.</summary>
    public static async Task<HttpClient> SignInAsAsync(this PortalFactory factory, string email, string password = DemoAccounts.Password)
    {
        var client = factory.CreateBrowserLikeClient();
        using var response = await client.PostLoginAsync(email, password);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect
            || response.Headers.Location?.OriginalString.Contains("/Account/", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode} {response.Headers.Location}");
        }

        return client;
    }
}
