using System.Net;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Relatives;

/// <summary>Feedback to the unit: named or anonymous; anonymous feedback leaves nothing that points to the person.</summary>
public class FeedbackTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Anonymous_feedback_does_not_reveal_the_person_to_staff_or_in_the_database(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Anonyma");
        using var anonyma = await factory.SignInAsync(relative);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var text = $"Personalet er altid venligt {Guid.NewGuid():N}";
        var form = await anonyma.GetDocumentAsync($"{relative.CitizenPage}/Feedback");
        var auditBefore = await factory.CountAsync(db => db.AuditEntries.Where(a => a.PersonId == relative.PersonId));

        using var sent = await anonyma.SubmitAsync(form, new Dictionary<string, string> { ["Input.Text"] = text, ["Input.Anonymous"] = "true" });

        Assert.Equal(relative.CitizenPage, sent.Headers.Location!.PathAndQueryOrOriginal());
        var stored = await factory.WithDbAsync(db => db.UnitFeedback.SingleAsync(f => f.Text == text));
        Assert.Null(stored.PersonId);
        Assert.Null(stored.CitizenId);
        Assert.Equal(await factory.UnitIdAsync(StaffWorld.DemoHome), stored.UnitId);
        Assert.Equal(auditBefore, await factory.CountAsync(db => db.AuditEntries.Where(a => a.PersonId == relative.PersonId)));
        var card = (await sofie.GetDocumentAsync("/Staff/Requests")).QuerySelectorAll("[data-feedback]")
            .Single(f => f.TextContent.Contains(text, StringComparison.Ordinal));
        Assert.Equal("Anonym", card.QuerySelector("[data-from]")!.TextContent.Trim());
        Assert.DoesNotContain("Anonyma", card.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Inger", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tak for din feedback", (await anonyma.GetDocumentAsync(relative.CitizenPage)).Text(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Named_feedback_shows_who_gave_it_and_is_marked_handled_by_staff_of_the_unit(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Navnet");
        using var navnet = await factory.SignInAsync(relative);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var text = $"Tak for god hjælp {Guid.NewGuid():N}";

        using var _ = await navnet.SubmitAsync(await navnet.GetDocumentAsync($"{relative.CitizenPage}/Feedback"),
            new Dictionary<string, string> { ["Input.Text"] = text });
        var requests = await sofie.GetDocumentAsync("/Staff/Requests");
        var card = requests.QuerySelectorAll("[data-feedback]").Single(f => f.TextContent.Contains(text, StringComparison.Ordinal));
        Assert.Contains("Navnet Pårørendesen", card.QuerySelector("[data-from]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Inger Prøvesen", card.QuerySelector("[data-from]")!.TextContent, StringComparison.Ordinal);

        using var marked = await sofie.SubmitAsync(requests, new Dictionary<string, string>(), $"#{card.Id} form");

        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        var stored = await factory.WithDbAsync(db => db.UnitFeedback.SingleAsync(f => f.Text == text));
        Assert.Equal(relative.PersonId, stored.PersonId);
        Assert.Equal(await factory.UserIdAsync(DemoAccounts.Staff), stored.HandledByUserId);
    }
}
