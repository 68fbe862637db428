using System.Net;
using Paaroerende.Core.Consents;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Notifications;
using Paaroerende.IntegrationTests.Relatives;

namespace Paaroerende.IntegrationTests.Staff;

/// <summary>Staff post updates with a topic; relatives see them only under the topics they may see, and a withdrawal hides them on the next request.</summary>
public class UpdatesTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_posted_update_reaches_only_the_relatives_who_may_see_its_topic(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var title = $"Ny medicin {Guid.NewGuid():N}";
        var form = await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Updates");
        Assert.Contains("Jens Prøvesen", form.QuerySelector("[data-readers] [data-topic='Medicine']")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Mette", form.QuerySelector("[data-readers] [data-topic='Medicine']")!.TextContent, StringComparison.Ordinal);

        using var posted = await sofie.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Topic"] = "Medicine", ["Input.Title"] = title, ["Input.Body"] = "Lægen har ændret dosis.",
        });
        var after = await sofie.GetDocumentAsync(posted.Headers.Location!.PathAndQueryOrOriginal());

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("1 pårørende kan se den nu", after.QuerySelector("[data-notice]")!.TextContent, StringComparison.Ordinal);
        using var jens = await factory.SignInAsAsync(DemoAccounts.SecondRelative);
        using var mette = await factory.SignInAsAsync(DemoAccounts.Relative);
        Assert.Contains(title, (await jens.GetDocumentAsync($"/Relatives/Citizen/{inger}")).Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(title, (await mette.GetDocumentAsync($"/Relatives/Citizen/{inger}")).Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(title, (await mette.GetDocumentAsync("/Relatives")).Text(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_withdrawn_topics_updates_are_gone_from_the_start_page_and_the_citizen_page_on_the_next_request(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Trukket", consents: (ConsentTopic.AppointmentsAndVisits, ConsentLevel.Informed));
        // A grant shows what is published while it is in force, so the update comes after the grant.
        await factory.AddAsync(db => db.CitizenUpdates.Add(new Core.Updates.CitizenUpdate
        {
            Id = Guid.NewGuid(), CitizenId = inger, Topic = ConsentTopic.AppointmentsAndVisits, Title = "Frisør på torsdag",
            Body = "Tekst", PublishedAtUtc = Core.Instant.Now(factory.Clock), AuthorUserId = "test",
        }));
        using var client = await factory.SignInAsync(relative);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var before = await client.GetDocumentAsync("/Relatives");
        Assert.Contains(before.QuerySelectorAll($"[data-citizen='{inger}'] [data-topic]"), e => e.GetAttribute("data-topic") == "AppointmentsAndVisits");

        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        using var withdrawn = await sofie.SubmitConfirmingAsync(
            await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Relations/{relative.RelationId}/Consent"),
            new Dictionary<string, string> { ["Input.Levels[AppointmentsAndVisits]"] = "None", ["Input.GivenHow"] = "Oral" });
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);

        var start = await client.GetDocumentAsync("/Relatives");
        var citizen = await client.GetDocumentAsync(relative.CitizenPage);
        Assert.Empty(start.QuerySelectorAll($"[data-citizen='{inger}'] [data-topic]"));
        Assert.Empty(citizen.QuerySelectorAll("[data-topic]"));
        Assert.DoesNotContain("Frisør på torsdag", citizen.Text(), StringComparison.Ordinal);
    }
}
