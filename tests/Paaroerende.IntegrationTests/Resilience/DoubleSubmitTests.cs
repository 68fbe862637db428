using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Calendar;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Relatives;
using Paaroerende.IntegrationTests.Staff;
using Paaroerende.Web.Forms;
using static Paaroerende.IntegrationTests.CitizenArea.CitizenWorld;

namespace Paaroerende.IntegrationTests.Resilience;

/// <summary>
/// A form sent twice at once (a relative double-tapping "Tilmeld" on a slow phone, a care worker's double click) is
/// stored once and answered as the first one was, never with a server error: both requests found no row and the
/// second one's insert met the unique index (500 on both databases before, 2 to 3 of 6 taps in a round).
/// </summary>
public sealed class DoubleSubmitTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private const int Taps = 6;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Signing_up_for_an_event_tapped_six_times_at_once_is_one_sign_up_and_no_error(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var relative = await world.SignInAsRelativeAsync(factory);
        var answers = new List<HttpStatusCode>();
        for (var round = 0; round < 4; round++)
        {
            var eventId = await CalendarTests.CreateEventAsync(sofie, $"Julefrokost {round}", "2027-12-17", "18:00", "23:00");
            var page = await relative.GetDocumentAsync($"/Relatives/Citizen/{world.CitizenId}/Calendar/Events/{eventId}");

            answers.AddRange(await TapAsync(relative, page, new Dictionary<string, string> { ["Input.Guests"] = "2" }));

            var stored = await factory.WithDbAsync(db => db.EventSignUps.Where(s => s.EventId == eventId).Select(s => s.Guests).ToListAsync());
            Assert.Equal([2], stored);
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Acknowledging_an_agreement_tapped_six_times_at_once_is_one_acknowledgement_and_no_error(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Dobbelt");
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var client = await factory.SignInAsync(relative);
        var staffPage = $"/Staff/Citizens/{inger}/Relations/{relative.RelationId}/Expectations";
        var answers = new List<HttpStatusCode>();
        for (var version = 1; version <= 3; version++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
            using var recorded = await sofie.SubmitAsync(await sofie.GetDocumentAsync(staffPage), ExpectationAgreementTests.Agreement($"Udgave {version}."));
            var page = await client.GetDocumentAsync($"{relative.CitizenPage}/Expectations");

            answers.AddRange(await TapAsync(client, page, new Dictionary<string, string>(), "main form"));
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a));
        var acknowledged = await factory.WithDbAsync(db => db.ExpectationAcknowledgements
            .Where(k => k.Agreement!.RelationId == relative.RelationId).Select(k => k.Agreement!.Version).OrderBy(v => v).ToListAsync());
        Assert.Equal([1, 2, 3], acknowledged);
        Assert.Equal(3, await factory.CountAsync(db => db.AuditEntries.Where(a => a.RelationId == relative.RelationId && a.Action == AuditAction.ExpectationsAcknowledged)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_agreement_saved_six_times_at_once_by_staff_is_stored_as_whole_versions_and_a_refused_one_says_it_was_already_saved(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Klik");
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var staffPage = $"/Staff/Citizens/{inger}/Relations/{relative.RelationId}/Expectations";
        var page = await sofie.GetDocumentAsync(staffPage);
        var refusals = new List<string>();
        var answers = new List<HttpStatusCode>();
        for (var round = 0; round < 3; round++)
        {
            var sent = Enumerable.Range(0, Taps).Select(async _ =>
            {
                // Without the form's sending key and the version it was opened on (a client of its own): the database's
                // unique index is what keeps the versions whole (FormSentTwiceTests covers the forms with their key,
                // ExpectationAgreementTests a revision on a page opened before another version).
                var agreement = new Dictionary<string, string>(ExpectationAgreementTests.Agreement("Besøger hver søndag."))
                {
                    [SentOnceFilter.KeyField] = "",
                    ["Input.BasedOnVersion"] = "",
                };
                using var response = await sofie.SubmitAsync(page, agreement);
                if (response.StatusCode == HttpStatusCode.Conflict)
                {
                    refusals.Add((await HtmlForms.ParseAsync(response)).Body?.TextContent ?? "");
                }

                return response.StatusCode;
            });
            answers.AddRange(await Task.WhenAll(sent));
        }

        Assert.All(answers, a => Assert.Contains(a, new[] { HttpStatusCode.Redirect, HttpStatusCode.Conflict }));
        var versions = await factory.WithDbAsync(db => db.ExpectationAgreements.Where(a => a.RelationId == relative.RelationId)
            .Select(a => a.Version).OrderBy(v => v).ToListAsync());
        Assert.Equal(Enumerable.Range(1, answers.Count(a => a == HttpStatusCode.Redirect)), versions);
        Assert.All(refusals, text => Assert.Contains("Det, der kom først, er gemt.", text, StringComparison.Ordinal));
    }

    /// <summary>The same form sent <see cref="Taps"/> times at once, as the browser would send each.</summary>
    private static async Task<HttpStatusCode[]> TapAsync(
        HttpClient client, IHtmlDocument page, IReadOnlyDictionary<string, string> values, string? formSelector = null) =>
        await Task.WhenAll(Enumerable.Range(0, Taps).Select(async _ =>
        {
            using var response = await client.SubmitAsync(page, values, formSelector);
            return response.StatusCode;
        }));
}
