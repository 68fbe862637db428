using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Demo;
using Paaroerende.Core.Identity;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Account;

public class SignInTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    public static TheoryData<string, string, string> RoleStartPagesWithoutTwoFactor => new()
    {
        { DatabaseProviders.Sqlite, DemoAccounts.Relative, "/Relatives" },
        { DatabaseProviders.Sqlite, DemoAccounts.Citizen, "/Citizen" },
        { DatabaseProviders.PostgreSql, DemoAccounts.Relative, "/Relatives" },
        { DatabaseProviders.PostgreSql, DemoAccounts.Citizen, "/Citizen" },
    };

    public static TheoryData<string, string> StaffAndAdministrators => new()
    {
        { DatabaseProviders.Sqlite, DemoAccounts.Staff },
        { DatabaseProviders.Sqlite, DemoAccounts.Administrator },
        { DatabaseProviders.PostgreSql, DemoAccounts.Staff },
        { DatabaseProviders.PostgreSql, DemoAccounts.Administrator },
    };

    [Theory]
    [MemberData(nameof(RoleStartPagesWithoutTwoFactor))]
    public async Task Relatives_and_citizens_land_on_their_own_start_page(string provider, string email, string startPage)
    {
        var factory = await portal.ForAsync(provider);
        using var client = factory.CreateBrowserLikeClient();

        using var response = await client.PostLoginAsync(email, DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(startPage, response.Headers.Location?.OriginalString);
        using var start = await client.GetAsync(new Uri(startPage, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
    }

    [Theory]
    [MemberData(nameof(StaffAndAdministrators))]
    public async Task Staff_and_administrators_are_signed_in_with_two_factor_turned_on(string provider, string email)
    {
        var factory = await portal.ForAsync(provider);
        using var client = await factory.SignInAsAsync(email);

        var security = await client.GetDocumentAsync("/Account/TwoFactor");

        Assert.Equal("on", security.QuerySelector("[data-two-factor-status]")?.GetAttribute("data-two-factor-status"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_wrong_password_gives_one_Danish_message_and_keeps_the_email(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var client = factory.CreateBrowserLikeClient();
        var email = await factory.CreateUserAsync(PortalRoles.Relative);

        using var response = await client.PostLoginAsync(email, "forkert-adgangskode-123");
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("E-mail eller adgangskode er forkert", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(email, page.QuerySelector("input[name='Input.Email']")?.GetAttribute("value"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_unknown_user_gets_the_same_message_as_a_wrong_password(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var client = factory.CreateBrowserLikeClient();

        using var response = await client.PostLoginAsync("findes.ikke@test.example", "forkert-adgangskode-123");
        var page = await HtmlForms.ParseAsync(response);

        Assert.Contains("E-mail eller adgangskode er forkert", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Five_failed_attempts_lock_the_account_even_for_the_right_password_and_it_answers_as_an_unknown_address(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var client = factory.CreateBrowserLikeClient();
        var email = await factory.CreateUserAsync(PortalRoles.Relative);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var _ = await client.PostLoginAsync(email, "forkert-adgangskode-123");
        }

        using var locked = await client.PostLoginAsync(email, TestUsers.Password);
        using var unknown = await client.PostLoginAsync($"ingen-{Guid.NewGuid():N}@test.example", TestUsers.Password);

        // A page of its own for a locked account would tell that the address has one: the same status and words.
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Equal(unknown.StatusCode, locked.StatusCode);
        var lockedPage = await HtmlForms.ParseAsync(locked);
        var unknownPage = await HtmlForms.ParseAsync(unknown);
        Assert.Equal(unknownPage.QuerySelector("main")!.TextContent, lockedPage.QuerySelector("main")!.TextContent);
        Assert.Contains("vent 15 minutter", lockedPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Passwords_shorter_than_12_characters_are_refused(string provider)
    {
        var factory = await portal.ForAsync(provider);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = "kort@test.example", Email = "kort@test.example", DisplayName = "Kort" };

        var tooShort = await users.CreateAsync(user, "elleve-tegn");

        Assert.False(tooShort.Succeeded);
        Assert.Contains(tooShort.Errors, e => e.Code == "PasswordTooShort" && e.Description.Contains("mindst 12 tegn", StringComparison.Ordinal));
    }
}
