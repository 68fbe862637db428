using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Demo;
using Paaroerende.Core.Identity;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Account;

/// <summary>Each test has its own portal: they move the shared clock.</summary>
public class SessionLifetimeTests
{
    [Fact]
    public async Task A_session_idle_for_more_than_30_minutes_must_sign_in_again()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite);
        using var client = await factory.SignInAsAsync(DemoAccounts.Relative);

        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        using var response = await client.GetAsync(new Uri("/Relatives", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Activity_keeps_the_session_alive_past_30_minutes()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite);
        using var client = await factory.SignInAsAsync(DemoAccounts.Relative);

        for (var step = 0; step < 4; step++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(20));
            using var response = await client.GetAsync(new Uri("/Relatives", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_session_ends_12_hours_after_sign_in_however_active()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite);
        using var client = await factory.SignInAsAsync(DemoAccounts.Relative);

        // 25 steps of 29 minutes: never idle for 30 minutes, but 12 hours and 5 minutes after sign-in in all.
        for (var step = 0; step < 25; step++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(29));
            using var _ = await client.GetAsync(new Uri("/Relatives", UriKind.Relative));
        }

        using var response = await client.GetAsync(new Uri("/Relatives", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_security_stamp_ends_the_session_once_the_validation_minute_has_passed()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite);
        using var client = await factory.SignInAsAsync(DemoAccounts.Relative);
        using var before = await client.GetAsync(new Uri("/Relatives", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        // As a password reset does: the stamp changes in the database, not in the session's cookie.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(DemoAccounts.Relative))!);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        using var response = await client.GetAsync(new Uri("/Relatives", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProviders.Sqlite)]
    [InlineData(DatabaseProviders.PostgreSql)]
    public async Task A_password_reset_ends_a_busy_session_on_its_very_next_request_and_a_new_sign_in_works(string provider)
    {
        // The security review's case: a session that clicks every few seconds renews its cookie on every request, so a
        // once-a-minute check never came due and a stolen session outlived the victim's password reset.
        await using var factory = await PortalFactory.CreateAsync(provider);
        using var client = await factory.SignInAsAsync(DemoAccounts.Relative);
        for (var click = 0; click < 3; click++)
        {
            factory.Clock.Advance(TimeSpan.FromSeconds(20));
            using var busy = await client.GetAsync(new Uri("/Relatives", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, busy.StatusCode);
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(DemoAccounts.Relative))!);
        }

        using var next = await client.GetAsync(new Uri("/Relatives", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith("/Account/Login", next.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);
        using var again = await factory.SignInAsAsync(DemoAccounts.Relative);
        using var fresh = await again.GetAsync(new Uri("/Relatives", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task An_unchanged_security_stamp_keeps_the_session_when_it_is_checked_again()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite);
        using var client = await factory.SignInAsAsync(DemoAccounts.Relative);

        for (var step = 0; step < 3; step++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(2));
            using var response = await client.GetAsync(new Uri("/Relatives", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
