using System.Net;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Demo;
using Paaroerende.Core.Updates;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Notifications;
using Paaroerende.IntegrationTests.Relatives;

namespace Paaroerende.IntegrationTests.Staff;

/// <summary>
/// Staff correct an update's text or withdraw it (issue #13 part 4, docs/adr/0034): the relative sees the corrected text
/// marked "Rettet", a withdrawn update disappears from every relative-facing page, and what it said before stays in the
/// history, for the audit and the citizen's own copy. Only the citizen's unit may, and history is never rewritten.
/// </summary>
public class UpdateCorrectionTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_corrected_update_shows_its_new_text_marked_corrected_and_keeps_what_it_said(string provider)
    {
        var (factory, inger, relative, updateId, title) = await ArrangeAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));

        var page = await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Updates/{updateId}");
        using var saved = await sofie.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.Body"] = "Inger var til frisør torsdag kl. 10.30.", ["Input.Reason"] = "Forkert klokkeslæt",
        }, "[data-correct-form]");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var client = await factory.SignInAsync(relative);
        var seen = await client.GetDocumentAsync(relative.CitizenPage);
        var card = seen.QuerySelectorAll("article").Single(a => a.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.Contains("kl. 10.30", card.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("kl. 9.00", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Rettet af personalet den", card.QuerySelector("[data-corrected]")!.TextContent, StringComparison.Ordinal);

        var history = await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Updates/{updateId}");
        var revision = Assert.Single(history.QuerySelectorAll("[data-history] [data-change='Corrected']"));
        Assert.Contains("kl. 9.00", revision.TextContent, StringComparison.Ordinal);
        Assert.Contains("Forkert klokkeslæt", revision.TextContent, StringComparison.Ordinal);
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.CitizenId == inger
            && a.Action == AuditAction.UpdateCorrected && a.Detail == updateId.ToString())));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_withdrawn_update_is_gone_for_the_relative_everywhere_and_stays_in_the_history(string provider)
    {
        var (factory, inger, relative, updateId, title) = await ArrangeAsync(provider);
        using var client = await factory.SignInAsync(relative);
        Assert.Contains(title, (await client.GetDocumentAsync("/Relatives")).Text(), StringComparison.Ordinal);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);

        var page = await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Updates/{updateId}");
        using var withdrawn = await sofie.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Withdrawal.Reason"] = "Skrevet om den forkerte borger",
        }, "[data-withdraw-form]");

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.DoesNotContain(title, (await client.GetDocumentAsync(relative.CitizenPage)).Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(title, (await client.GetDocumentAsync("/Relatives")).Text(), StringComparison.Ordinal);
        var staffList = await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Updates");
        Assert.NotNull(staffList.QuerySelector($"[data-update='{updateId}'] [data-withdrawn]"));

        // The history keeps what it said; the citizen's own copy has it; a withdrawn update cannot be changed again.
        var revision = await factory.QueryAsync(db => db.CitizenUpdateRevisions.SingleAsync(r => r.UpdateId == updateId));
        Assert.Equal((UpdateChange.Withdrawn, title), (revision.Change, revision.Title));
        var again = await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Updates/{updateId}");
        Assert.Null(again.QuerySelector("[data-withdraw-form]"));
        var staffId = await factory.UserIdAsync(DemoAccounts.Staff);
        await Assert.ThrowsAsync<NotFoundException>(() => factory.WithServiceAsync<UpdateCorrections, bool>(async c =>
        {
            await c.WithdrawAsync(staffId, inger, updateId, "Igen");
            return true;
        }));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Staff_of_another_unit_get_not_found_and_history_cannot_be_rewritten(string provider)
    {
        var (factory, inger, _, updateId, _) = await ArrangeAsync(provider);
        // Staff of the same municipality but another unit: the update is not theirs, for the page or for the service.
        var otherEmail = await factory.CreateStaffInAsync(StaffWorld.OtherHvidovreUnit);
        using var other = await factory.SignInAsAsync(otherEmail, TestUsers.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(new Uri($"/Staff/Citizens/{inger}/Updates/{updateId}", UriKind.Relative))).StatusCode);
        var otherId = await factory.UserIdAsync(otherEmail);
        await Assert.ThrowsAsync<NotFoundException>(() => factory.WithServiceAsync<UpdateCorrections, bool>(async c =>
        {
            await c.CorrectAsync(otherId, inger, updateId, new UpdateText("Kapret", "Kapret", "Test"));
            return true;
        }));

        var staffId = await factory.UserIdAsync(DemoAccounts.Staff);
        await factory.WithServiceAsync<UpdateCorrections, bool>(async c =>
        {
            await c.CorrectAsync(staffId, inger, updateId, new UpdateText("Ny overskrift", "Ny tekst", "Stavefejl"));
            return true;
        });
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => factory.AddAsync(db =>
        {
            var revision = db.CitizenUpdateRevisions.Single(r => r.UpdateId == updateId);
            revision.Body = "Omskrevet historik";
        }));
        await Assert.ThrowsAsync<AppendOnlyViolationException>(() => factory.AddAsync(db =>
        {
            var update = db.CitizenUpdates.Single(u => u.Id == updateId);
            update.Topic = ConsentTopic.Finances;
        }));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_units_news_is_corrected_and_withdrawn_the_same_way_and_only_by_its_own_unit(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var unit = await factory.WithDbAsync(db => db.Citizens.Where(c => c.Id == inger).Select(c => c.UnitId).SingleAsync());
        var newsId = Guid.NewGuid();
        var title = $"Sommerfest {newsId:N}"[..20];
        var author = await factory.UserIdAsync(DemoAccounts.Staff);
        await factory.AddAsync(db => db.UnitNews.Add(new UnitNews
        {
            Id = newsId, UnitId = unit, Title = title, Body = "Lørdag kl. 14 i haven.", PublishedAtUtc = Core.Instant.Now(factory.Clock),
            AuthorUserId = author,
        }));
        using var mette = await factory.SignInAsAsync(DemoAccounts.Relative);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        factory.Clock.Advance(TimeSpan.FromMinutes(1));

        using var corrected = await sofie.SubmitAsync(await sofie.GetDocumentAsync($"/Staff/News/{newsId}"), new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.Body"] = "Lørdag kl. 15 i haven.", ["Input.Reason"] = "Forkert klokkeslæt",
        }, "[data-correct-form]");
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var card = (await mette.GetDocumentAsync($"/Relatives/Citizen/{inger}")).QuerySelectorAll("[data-unit-news]")
            .Single(a => a.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.Contains("kl. 15", card.TextContent, StringComparison.Ordinal);
        Assert.NotNull(card.QuerySelector("[data-corrected]"));

        var otherEmail = await factory.CreateStaffInAsync(StaffWorld.OtherHvidovreUnit);
        using var other = await factory.SignInAsAsync(otherEmail, TestUsers.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(new Uri($"/Staff/News/{newsId}", UriKind.Relative))).StatusCode);
        var otherId = await factory.UserIdAsync(otherEmail);
        await Assert.ThrowsAsync<NotFoundException>(() => factory.WithServiceAsync<UpdateCorrections, bool>(async c =>
        {
            await c.WithdrawNewsAsync(otherId, newsId, "Ikke min enhed");
            return true;
        }));

        using var withdrawn = await sofie.SubmitAsync(await sofie.GetDocumentAsync($"/Staff/News/{newsId}"), new Dictionary<string, string>
        {
            ["Withdrawal.Reason"] = "Festen er aflyst",
        }, "[data-withdraw-form]");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.DoesNotContain(title, (await mette.GetDocumentAsync($"/Relatives/Citizen/{inger}")).Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(title, (await mette.GetDocumentAsync("/Relatives")).Text(), StringComparison.Ordinal);
        Assert.Equal(2, await factory.QueryAsync(db => db.UnitNewsRevisions.CountAsync(r => r.NewsId == newsId)));
        Assert.NotNull((await sofie.GetDocumentAsync("/Staff/News")).QuerySelector($"[data-unit-news='{newsId}'] [data-withdrawn]"));
    }

    /// <summary>A relative who follows Inger's appointments, and an update in that topic published after the grant.</summary>
    private async Task<(PortalFactory Factory, Guid Inger, TestRelative Relative, Guid UpdateId, string Title)> ArrangeAsync(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Rettelse", consents: (ConsentTopic.AppointmentsAndVisits, ConsentLevel.Informed));
        var updateId = Guid.NewGuid();
        var title = $"Frisør {updateId:N}"[..20];
        var author = await factory.UserIdAsync(DemoAccounts.Staff);
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        await factory.AddAsync(db => db.CitizenUpdates.Add(new CitizenUpdate
        {
            Id = updateId, CitizenId = inger, Topic = ConsentTopic.AppointmentsAndVisits, Title = title,
            Body = "Inger skal til frisør torsdag kl. 9.00.", PublishedAtUtc = Core.Instant.Now(factory.Clock),
            AuthorUserId = author,
        }));
        return (factory, inger, relative, updateId, title);
    }
}
