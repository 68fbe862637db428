using Paaroerende.Core.Consents;
using Paaroerende.IntegrationTests.CitizenArea;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Privacy;

/// <summary>
/// The relative's receipt depends only on what the relative can see: a change on a topic they cannot see leaves its
/// time and id as they were, on the page and in the download.
/// </summary>
public class RelativesReceiptTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_change_on_a_topic_the_relative_cannot_see_leaves_their_receipt_as_it_was(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CitizenWorld.CreateAsync(factory,
            CitizenWorld.Consent(ConsentTopic.DailyLife, ConsentLevel.Informed),
            CitizenWorld.Consent(ConsentTopic.Medicine, ConsentLevel.None));
        var rows = new PrivateRowsWorld(world, "", "", "", "");
        using var relative = await world.SignInAsRelativeAsync(factory);
        var receipt = $"/Relatives/Citizen/{world.CitizenId}/Receipt";
        var (before, _) = await PrivateRowsWorld.DownloadAsync(relative, receipt + "?handler=Json");
        var pageBefore = (await relative.GetDocumentAsync(receipt)).QuerySelector("[data-receipt-id]")!.GetAttribute("data-receipt-id");

        await rows.CitizenSetsAsync(factory, ConsentTopic.Medicine, ConsentLevel.KeptOut);
        var (after, text) = await PrivateRowsWorld.DownloadAsync(relative, receipt + "?handler=Json");
        var pageAfter = (await relative.GetDocumentAsync(receipt)).QuerySelector("[data-receipt-id]")!.GetAttribute("data-receipt-id");

        Assert.Equal(before.GetProperty("consentTimestampIso").GetString(), after.GetProperty("consentTimestampIso").GetString());
        Assert.Equal(before.GetProperty("consentReceiptID").GetString(), after.GetProperty("consentReceiptID").GetString());
        Assert.Equal(pageBefore, pageAfter);
        Assert.DoesNotContain("Medicine", text, StringComparison.Ordinal);
    }
}
