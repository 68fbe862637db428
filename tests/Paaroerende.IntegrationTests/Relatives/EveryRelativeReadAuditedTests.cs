using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Relatives;

/// <summary>
/// Every relative-facing page that shows something of a citizen (if only her name and unit) writes an audit entry for
/// the read, and the start page audits every topic it says the relative follows, not only those of the newest updates.
/// </summary>
public class EveryRelativeReadAuditedTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Each_page_naming_the_citizen_adds_an_audit_entry(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Revision");
        using var client = await factory.SignInAsync(relative);

        foreach (var page in new[] { "CheckIn", "CheckIn/Thanks", "Feedback", "End", "News" })
        {
            var before = await ReadsOfAsync(factory, relative);

            var shown = await client.GetDocumentAsync($"{relative.CitizenPage}/{page}");

            Assert.Contains("Inger Prøvesen", shown.Text(), StringComparison.Ordinal);
            Assert.True(await ReadsOfAsync(factory, relative) > before, $"GET {page} showed Inger Prøvesen but wrote no audit entry.");
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_start_page_audits_every_topic_it_says_the_relative_follows(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        // Housing and moving has no updates in the demo data: the start page lists it under "Du følger med i" all the same.
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Emnely",
            consents: [(ConsentTopic.HousingAndMoving, ConsentLevel.Informed), (ConsentTopic.DailyLife, ConsentLevel.Informed)]);
        Assert.Equal(0, await factory.CountAsync(db => db.CitizenUpdates.Where(u => u.CitizenId == inger && u.Topic == ConsentTopic.HousingAndMoving)));
        using var client = await factory.SignInAsync(relative);

        var start = await client.GetDocumentAsync("/Relatives");

        Assert.Contains("Bolig", start.Text(), StringComparison.Ordinal);
        var audited = await factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.PersonId == relative.PersonId && a.CitizenId == inger && a.Action == AuditAction.RelativeRead)
            .Select(a => a.Topic).ToListAsync());
        Assert.Contains(ConsentTopic.HousingAndMoving, audited);
        Assert.Contains(ConsentTopic.DailyLife, audited);
    }

    private static Task<int> ReadsOfAsync(PortalFactory factory, TestRelative relative) =>
        factory.CountAsync(db => db.AuditEntries.Where(a => a.CitizenId == relative.CitizenId
            && a.PersonId == relative.PersonId && a.Action == AuditAction.RelativeRead));
}
