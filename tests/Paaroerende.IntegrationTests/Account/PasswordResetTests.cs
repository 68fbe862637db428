using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Identity;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Mail;

namespace Paaroerende.IntegrationTests.Account;

/// <summary>Each test has its own portal, so the mail folder holds only that test's mails.</summary>
public partial class PasswordResetTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_forgotten_password_is_replaced_through_the_mailed_link_which_works_only_once(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider, demoData: false);
        var email = await factory.CreateUserAsync(PortalRoles.Relative);
        using var client = factory.CreateBrowserLikeClient();

        var form = await client.GetDocumentAsync("/Account/ForgotPassword");
        using var sent = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Equal("/Account/ForgotPasswordConfirmation", sent.Headers.Location?.OriginalString);

        var link = ResetLink().Match(await factory.SingleMailTextAsync()).Value;
        var resetPage = await client.GetDocumentAsync(new Uri(link).PathAndQuery);
        var values = new Dictionary<string, string>
        {
            ["Input.Password"] = "en helt ny lang adgangskode",
            ["Input.ConfirmPassword"] = "en helt ny lang adgangskode",
        };
        using var reset = await client.SubmitAsync(resetPage, values);
        Assert.Equal("/Account/ResetPasswordConfirmation", reset.Headers.Location?.OriginalString);

        using var signedIn = await factory.CreateBrowserLikeClient().PostLoginAsync(email, "en helt ny lang adgangskode");
        Assert.Equal("/Relatives", signedIn.Headers.Location?.OriginalString);

        var reused = await client.SubmitAsync(await client.GetDocumentAsync(new Uri(link).PathAndQuery), values);
        var page = await HtmlForms.ParseAsync(reused);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("Linket er udløbet eller allerede brugt", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail_is_sent()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite, demoData: false);
        using var client = factory.CreateBrowserLikeClient();

        var form = await client.GetDocumentAsync("/Account/ForgotPassword");
        using var response = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = "findes.ikke@test.example" });

        Assert.Equal("/Account/ForgotPasswordConfirmation", response.Headers.Location?.OriginalString);
        await using var db = factory.Database.CreateContext();
        Assert.Equal(0, await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task Two_different_new_passwords_are_refused_with_a_Danish_message_next_to_the_field()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite, demoData: false);
        using var client = factory.CreateBrowserLikeClient();
        var page = await client.GetDocumentAsync("/Account/ResetPassword?userId=x&code=y");

        using var response = await client.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Password"] = "en helt ny lang adgangskode",
            ["Input.ConfirmPassword"] = "en anden lang adgangskode",
        });
        var result = await HtmlForms.ParseAsync(response);

        Assert.Contains("De to adgangskoder er ikke ens", result.QuerySelector("#Input_ConfirmPassword-error")?.TextContent, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https?://\S+/Account/ResetPassword\?\S+")]
    private static partial Regex ResetLink();
}
