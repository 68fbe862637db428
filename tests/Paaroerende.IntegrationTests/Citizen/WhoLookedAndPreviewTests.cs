using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;
using static Paaroerende.IntegrationTests.CitizenArea.CitizenWorld;

namespace Paaroerende.IntegrationTests.CitizenArea;

public class WhoLookedAndPreviewTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Who_looked_lists_a_relatives_visit_once_with_every_topic_shown_during_it(string provider)
    {
        var factory = await portal.ForAsync(provider);
        // Apart from any earlier reads in this portal by more than a visit's gap (ReadVisits.Gap).
        factory.Clock.Advance(TimeSpan.FromHours(2));
        var jensId = await factory.WithDbAsync(db => db.People.Where(p => p.Email == DemoAccounts.SecondRelative).Select(p => p.Id).SingleAsync());
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        using var jens = await factory.SignInAsAsync(DemoAccounts.SecondRelative);
        var firstRead = Paaroerende.Core.Instant.Now(factory.Clock).ToString("O");
        using var _ = await jens.GetAsync(new Uri($"/Relatives/Citizen/{inger}", UriKind.Relative));
        factory.Clock.Advance(TimeSpan.FromMinutes(4));
        using var __ = await jens.GetAsync(new Uri("/Relatives", UriKind.Relative));
        using var ___ = await jens.GetAsync(new Uri($"/Relatives/Citizen/{inger}", UriKind.Relative));
        var lastRead = Paaroerende.Core.Instant.Now(factory.Clock).ToString("O");
        using var citizen = await factory.SignInAsAsync(DemoAccounts.Citizen);

        var page = await citizen.GetDocumentAsync($"/Citizen/WhoLooked?Filter.Relative={jensId}");

        var rows = page.QuerySelectorAll("tr[data-person]").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(jensId.ToString(), r.GetAttribute("data-person")));
        var visit = Assert.Single(rows, r => r.QuerySelectorAll("time").Any(t => string.CompareOrdinal(t.GetAttribute("datetime"), firstRead) >= 0));
        Assert.Same(rows[0], visit);
        Assert.Equal([firstRead, lastRead], visit.QuerySelectorAll("time").Select(t => t.GetAttribute("datetime")));
        Assert.Equal("DailyLife,HealthAndCare,Medicine", visit.GetAttribute("data-topics"));
        Assert.Contains("Jens Prøvesen", visit.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dagligdag", visit.TextContent, StringComparison.Ordinal);
    }

    /// <summary>
    /// The citizen's filter reads and answers as the staff's log does (one <c>AuditEntryFilter</c>): a period that ends
    /// before it starts, or a day that is not a date, is named by its field's label on this page, says what to correct,
    /// and what was typed stays.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Who_looked_says_which_date_to_correct_and_keeps_what_was_typed(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var citizen = await factory.SignInAsAsync(DemoAccounts.Citizen);

        var reversed = await citizen.GetDocumentAsync("/Citizen/WhoLooked?Filter.From=2026-03-10&Filter.To=2026-03-01");
        var notADate = await citizen.GetDocumentAsync("/Citizen/WhoLooked?Filter.From=10.%20marts");

        Assert.Contains("„Til og med dato“ skal være samme dag som eller efter „Fra og med dato“. Ret en af datoerne.",
            reversed.ErrorNextTo("Filter_To"), StringComparison.Ordinal);
        Assert.Equal("2026-03-01", reversed.ValueOf("Filter_To"));
        Assert.Equal("2026-03-10", reversed.ValueOf("Filter_From"));
        Assert.Contains("Værdien i „Fra og med dato“ kan ikke bruges", notADate.ErrorNextTo("Filter_From"), StringComparison.Ordinal);
        Assert.Empty(notADate.QuerySelectorAll("tr[data-person]"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Who_looked_shows_no_reads_of_another_citizen(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory, Consent(ConsentTopic.DailyLife, ConsentLevel.Informed));
        var other = await CreateAsync(factory, Consent(ConsentTopic.DailyLife, ConsentLevel.Informed));
        using var otherRelative = await other.SignInAsRelativeAsync(factory);
        using var __ = await otherRelative.GetAsync(new Uri($"/Relatives/Citizen/{other.CitizenId}", UriKind.Relative));
        using var relative = await world.SignInAsRelativeAsync(factory);
        using var ___ = await relative.GetAsync(new Uri($"/Relatives/Citizen/{world.CitizenId}", UriKind.Relative));
        using var citizen = await world.SignInAsCitizenAsync(factory);

        var page = await citizen.GetDocumentAsync("/Citizen/WhoLooked");

        var people = page.QuerySelectorAll("tr[data-person]").Select(r => r.GetAttribute("data-person")).Distinct().ToList();
        Assert.Equal([world.PersonId.ToString()], people);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_preview_shows_exactly_what_the_relatives_own_page_shows_and_audits_no_read_for_the_relative(string provider)
    {
        var factory = await portal.ForAsync(provider);
        factory.Clock.Advance(TimeSpan.FromMinutes(3));
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relationId = await factory.RelationIdAsync(inger, DemoAccounts.SecondRelative);
        var jensId = await factory.WithDbAsync(db => db.People.Where(p => p.Email == DemoAccounts.SecondRelative).Select(p => p.Id).SingleAsync());
        using var citizen = await factory.SignInAsAsync(DemoAccounts.Citizen);
        using var jens = await factory.SignInAsAsync(DemoAccounts.SecondRelative);
        var readsBefore = await ReadsAsync(factory, jensId);

        var preview = await citizen.GetDocumentAsync($"/Citizen/Relations/{relationId}/Preview");
        var readsAfterPreview = await ReadsAsync(factory, jensId);
        var own = await jens.GetDocumentAsync($"/Relatives/Citizen/{inger}");

        var previewView = preview.QuerySelector("[data-preview] [data-relative-view]");
        var ownView = own.QuerySelector("[data-relative-view]");
        Assert.NotNull(previewView);
        Assert.NotNull(ownView);
        Assert.Equal(
            ownView.QuerySelector("[data-allowed-topics]")?.GetAttribute("data-allowed-topics"),
            previewView.QuerySelector("[data-allowed-topics]")?.GetAttribute("data-allowed-topics"));
        Assert.Equal(
            ownView.QuerySelectorAll("article").Select(a => a.OuterHtml).ToList(),
            previewView.QuerySelectorAll("article").Select(a => a.OuterHtml).ToList());
        Assert.NotEmpty(ownView.QuerySelectorAll("article"));
        Assert.Equal(ownView.QuerySelector("#unit-heading ~ dl")?.TextContent, previewView.QuerySelector("#unit-heading ~ dl")?.TextContent);
        Assert.Equal(readsBefore, readsAfterPreview);
        Assert.True(await ReadsAsync(factory, jensId) > readsAfterPreview);
    }

    private static Task<int> ReadsAsync(PortalFactory factory, Guid personId) =>
        factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.PersonId == personId && a.Action == AuditAction.RelativeRead));
}
