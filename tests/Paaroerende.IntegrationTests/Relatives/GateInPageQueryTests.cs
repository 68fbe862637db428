using System.Net;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Relatives;

/// <summary>
/// The pages that ask the gate in their own query (Expectations, Receipt) answer every handler through it, not only the
/// page's GET: a relation that ended between reading and sending is denied, audited and looks like not found.
/// </summary>
public class GateInPageQueryTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Acknowledging_after_the_relation_ended_is_denied_and_stores_nothing(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Ulla");
        using var sofie = await factory.SignInAsAsync(Demo.DemoAccounts.Staff);
        using var ulla = await factory.SignInAsync(relative);
        var staffPage = $"/Staff/Citizens/{inger}/Relations/{relative.RelationId}/Expectations";
        using var _ = await sofie.SubmitAsync(await sofie.GetDocumentAsync(staffPage), ExpectationAgreementTests.Agreement("Ulla kommer om søndagen."));
        var read = await ulla.GetDocumentAsync($"{relative.CitizenPage}/Expectations");
        await EndRelationAsync(factory, relative);

        using var response = await ulla.SubmitAsync(read, new Dictionary<string, string>(), "main form");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await factory.CountAsync(db => db.ExpectationAcknowledgements.Where(a => a.PersonId == relative.PersonId)));
        Assert.Equal(1, await DeniedReadsAsync(factory, relative));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_receipt_download_after_the_relation_ended_is_denied(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Otto", consents: (ConsentTopic.DailyLife, ConsentLevel.Informed));
        using var otto = await factory.SignInAsync(relative);
        var download = new Uri($"{relative.CitizenPage}/Receipt?handler=Json", UriKind.Relative);
        using (var before = await otto.GetAsync(download))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await EndRelationAsync(factory, relative);
        using var after = await otto.GetAsync(download);

        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Equal(1, await DeniedReadsAsync(factory, relative));
    }

    private static Task<int> DeniedReadsAsync(PortalFactory factory, TestRelative relative) =>
        factory.CountAsync(db => db.AuditEntries.Where(a => a.CitizenId == relative.CitizenId
            && a.Action == AuditAction.RelativeReadDenied
            && db.Users.Any(u => u.Id == a.ActorUserId && u.Email == relative.Email)));

    private static Task<int> EndRelationAsync(PortalFactory factory, TestRelative relative)
    {
        var now = Core.Instant.Now(factory.Clock); // the moment the next request asks about
        return factory.WithDbAsync(db => db.Relations.Where(r => r.Id == relative.RelationId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.EndedAtUtc, now)));
    }
}
