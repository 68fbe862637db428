using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Data;
using Paaroerende.Core.Invitations;
using Paaroerende.Demo;
using Paaroerende.Core.Identity;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Admin;

/// <summary>
/// The staff invitation follows the rules of the other invitations (ADR 0018): its mail is queued in the outbox in the
/// transaction that creates the account, and its link is used up by one conditional UPDATE.
/// </summary>
public class StaffInvitationTests
{
    private const string PasswordA = "den første lange adgangskode";
    private const string PasswordB = "den anden lange adgangskode";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_invitation_whose_transaction_fails_leaves_no_account_no_link_and_no_mail(string provider)
    {
        var failure = new FailingInvitationCommit();
        await using var factory = await PortalFactory.CreateAsync(provider,
            services: s => s.ConfigureDbContext<PortalDbContext>(o => o.AddInterceptors(failure)));
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var email = $"ny-{Guid.NewGuid():N}@test.example";
        var invitationsBefore = await factory.QueryAsync(db => db.StaffInvitations.CountAsync());

        failure.Armed = true;
        using var failed = await StaffAccountTests.InviteAsync(factory, admin, email);
        failure.Armed = false;

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.False(await factory.QueryAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        Assert.False(await factory.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.To == email)));
        Assert.Equal(invitationsBefore, await factory.QueryAsync(db => db.StaffInvitations.CountAsync()));

        using var invited = await StaffAccountTests.InviteAsync(factory, admin, email);
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Equal(1, await factory.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.To == email)));
        var mail = await factory.MailToAsync(email);
        Assert.Contains("7 dage", mail, StringComparison.Ordinal);
        Assert.Contains("https://paaroerende.test.example/Privatliv/hvidovre", mail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Two_acceptances_of_one_link_at_the_same_time_give_one_password_and_one_account(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var email = $"ny-{Guid.NewGuid():N}@test.example";
        using var invited = await StaffAccountTests.InviteAsync(factory, admin, email);
        var link = StaffUsers.InvitationLink(await factory.MailToAsync(email));
        using var first = factory.CreateBrowserLikeClient();
        using var second = factory.CreateBrowserLikeClient();
        var firstForm = await first.GetDocumentAsync(link);
        var secondForm = await second.GetDocumentAsync(link);

        var answers = await Task.WhenAll(
            first.SubmitAsync(firstForm, Passwords(PasswordA)),
            second.SubmitAsync(secondForm, Passwords(PasswordB)));

        var won = answers.Where(a => a.StatusCode == HttpStatusCode.Redirect).ToList();
        Assert.Single(won);
        var lost = await HtmlForms.ParseAsync(answers.Single(a => a.StatusCode != HttpStatusCode.Redirect));
        Assert.NotNull(lost.QuerySelector("[data-invitation-unusable]"));
        var winner = answers[0] == won[0] ? PasswordA : PasswordB;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            Assert.True(await users.CheckPasswordAsync((await users.FindByEmailAsync(email))!, winner));
        }

        Assert.Equal(1, await factory.QueryAsync(db => db.Users.CountAsync(u => u.Email == email)));
        Assert.Equal(1, await factory.QueryAsync(db => db.StaffInvitations.CountAsync(i => i.AcceptedAtUtc != null)));
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Of_two_requests_that_both_found_the_link_usable_only_one_uses_it(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var email = $"ny-{Guid.NewGuid():N}@test.example";
        using var invited = await StaffAccountTests.InviteAsync(factory, admin, email);
        var token = new Uri("http://x" + StaffUsers.InvitationLink(await factory.MailToAsync(email))).Query.Split("token=")[1];
        await using var one = factory.Services.CreateAsyncScope();
        await using var other = factory.Services.CreateAsyncScope();
        var first = one.ServiceProvider.GetRequiredService<StaffInvitations>();
        var second = other.ServiceProvider.GetRequiredService<StaffInvitations>();

        var firstFound = await first.FindUsableAsync(token);
        var secondFound = await second.FindUsableAsync(token);
        Assert.NotNull(firstFound);
        Assert.NotNull(secondFound);

        Assert.True(await first.TryUseAsync(firstFound.Id));
        Assert.False(await second.TryUseAsync(secondFound.Id));
        Assert.Null(await second.FindUsableAsync(token));
    }

    private static Dictionary<string, string> Passwords(string password) =>
        new() { ["Input.Password"] = password, ["Input.ConfirmPassword"] = password };

    /// <summary>Makes the commit of a transaction that stores a staff invitation fail, while armed.</summary>
    private sealed class FailingInvitationCommit : DbTransactionInterceptor
    {
        public bool Armed { get; set; }

        public override ValueTask<InterceptionResult> TransactionCommittingAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            if (Armed && eventData.Context?.ChangeTracker.Entries<StaffInvitation>().Any() == true)
            {
                throw new InvalidOperationException("The database went away before the commit.");
            }

            return ValueTask.FromResult(result);
        }
    }
}
