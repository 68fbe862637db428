using System.Net;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Demo;
using Paaroerende.Core.Relatives;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Relatives;

/// <summary>A relative ends their own relation: access stops at once, the history is kept, and it is audited.</summary>
public class EndRelationTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Ending_my_relation_stops_access_at_once_and_keeps_the_history(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Slut", consents: (ConsentTopic.DailyLife, ConsentLevel.Informed));
        using var client = await factory.SignInAsync(relative);
        var confirmation = await client.GetDocumentAsync($"{relative.CitizenPage}/End");
        Assert.Contains("Historikken bliver gemt", confirmation.Text(), StringComparison.Ordinal);
        Assert.Contains("kan Inger Prøvesen vælge dig som pårørende igen", confirmation.Text(), StringComparison.Ordinal);

        using var ended = await client.SubmitAsync(confirmation, new Dictionary<string, string> { ["Input.Reason"] = "Vi er flyttet langt væk." });
        Assert.Equal("/Relatives", ended.Headers.Location!.PathAndQueryOrOriginal());

        var start = await client.GetDocumentAsync("/Relatives");
        Assert.Contains("Din relation til Inger Prøvesen er afsluttet.", start.Text(), StringComparison.Ordinal);
        Assert.Null(start.QuerySelector($"[data-citizen='{inger}']"));
        foreach (var page in new[] { relative.CitizenPage, $"{relative.CitizenPage}/Expectations", $"{relative.CitizenPage}/End" })
        {
            using var gone = await client.GetAsync(new Uri(page, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        var relation = await factory.WithDbAsync(db => db.Relations.SingleAsync(r => r.Id == relative.RelationId));
        Assert.Equal(RelationEndedBy.Relative, relation.EndedBy);
        Assert.Equal("Vi er flyttet langt væk.", relation.EndReason);
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, relation.EndedAtUtc!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await factory.CountAsync(db => db.ConsentRecords.Where(c => c.RelationId == relative.RelationId)));
        Assert.Equal(1, await factory.CountAsync(db => db.AuditEntries.Where(a => a.RelationId == relative.RelationId
            && a.Action == AuditAction.RelationEnded && a.Detail == "Relative")));
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var staffView = (await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}")).QuerySelector($"[data-relation='{relative.RelationId}']")!;
        Assert.Equal("false", staffView.GetAttribute("data-active"));
        Assert.Contains("Vi er flyttet langt væk.", staffView.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_relative_cannot_end_someone_elses_relation(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var jens = await factory.SignInAsAsync(DemoAccounts.SecondRelative);
        var bent = await factory.CitizenIdAsync("Bent", "Eksempelsen"); // Mette's, not Jens's
        var token = (await jens.GetDocumentAsync("/Relatives")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var response = await jens.PostAsync(new Uri($"/Relatives/Citizen/{bent}/End", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await factory.CountAsync(db => db.Relations.Where(r => r.CitizenId == bent && r.EndedAtUtc != null)));
    }
}
