using System.Net;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Relatives;

namespace Paaroerende.IntegrationTests.Staff;

/// <summary>
/// Expectation agreements: staff record and revise (each revision a new version, the old ones kept); the relative
/// acknowledges one specific version; staff see who acknowledged which version when.
/// </summary>
public class ExpectationAgreementTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_revision_is_a_new_version_and_the_relative_acknowledges_the_version_they_read(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Vera");
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var vera = await factory.SignInAsync(relative);
        var staffPage = $"/Staff/Citizens/{inger}/Relations/{relative.RelationId}/Expectations";

        using var first = await sofie.SubmitAsync(await sofie.GetDocumentAsync(staffPage), Agreement("Besøger hver søndag."));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var relativesPage = await vera.GetDocumentAsync($"{relative.CitizenPage}/Expectations");
        Assert.Contains("Besøger hver søndag.", relativesPage.Text(), StringComparison.Ordinal);
        Assert.Equal("1", relativesPage.QuerySelector("[data-version]")!.GetAttribute("data-version"));
        using var acknowledged = await vera.SubmitAsync(relativesPage, new Dictionary<string, string>(), "main form");
        Assert.Equal(HttpStatusCode.Redirect, acknowledged.StatusCode);
        Assert.NotNull((await vera.GetDocumentAsync($"{relative.CitizenPage}/Expectations")).QuerySelector("[data-acknowledged]"));

        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var revisionForm = await sofie.GetDocumentAsync(staffPage);
        Assert.Equal("Besøger hver søndag.", revisionForm.ValueOf("Input_RelativeDoes"));
        using var second = await sofie.SubmitAsync(revisionForm, Agreement("Besøger hver lørdag og søndag."));
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        var revised = await vera.GetDocumentAsync($"{relative.CitizenPage}/Expectations");
        Assert.Equal("2", revised.QuerySelector("[data-version]")!.GetAttribute("data-version"));
        Assert.Contains("Besøger hver lørdag og søndag.", revised.Text(), StringComparison.Ordinal);
        Assert.Null(revised.QuerySelector("[data-acknowledged]"));
        Assert.Contains("Aftalen er ændret, siden du sidst bekræftede den.", revised.Text(), StringComparison.Ordinal);

        var history = await sofie.GetDocumentAsync(staffPage);
        Assert.Equal("false", history.QuerySelector("tr[data-version='2']")!.GetAttribute("data-acknowledged"));
        var versionOne = history.QuerySelector("tr[data-version='1']")!;
        Assert.Equal("true", versionOne.GetAttribute("data-acknowledged"));
        Assert.Contains("Bekræftet af Vera Pårørendesen", versionOne.TextContent, StringComparison.Ordinal);
        var stored = await factory.WithDbAsync(db => db.ExpectationAgreements.Where(a => a.RelationId == relative.RelationId)
            .OrderBy(a => a.Version).Select(a => new { a.Version, a.RelativeDoes }).ToListAsync());
        Assert.Equal([1, 2], stored.Select(a => a.Version));
        Assert.Equal("Besøger hver søndag.", stored[0].RelativeDoes);
        Assert.Equal(2, await factory.CountAsync(db => db.AuditEntries.Where(a => a.RelationId == relative.RelationId && a.Action == AuditAction.ExpectationsRecorded)));
        Assert.Equal(1, await factory.CountAsync(db => db.AuditEntries.Where(a => a.RelationId == relative.RelationId && a.Action == AuditAction.ExpectationsAcknowledged)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Acknowledging_a_version_revised_meanwhile_stores_nothing_and_shows_the_new_version(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Walther");
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var walther = await factory.SignInAsync(relative);
        var staffPage = $"/Staff/Citizens/{inger}/Relations/{relative.RelationId}/Expectations";
        using var _ = await sofie.SubmitAsync(await sofie.GetDocumentAsync(staffPage), Agreement("Første udgave."));
        var readVersionOne = await walther.GetDocumentAsync($"{relative.CitizenPage}/Expectations");
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        using var __ = await sofie.SubmitAsync(await sofie.GetDocumentAsync(staffPage), Agreement("Anden udgave."));

        using var response = await walther.SubmitAsync(readVersionOne, new Dictionary<string, string>(), "main form");
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Aftalen er blevet ændret, mens du læste den.", page.QuerySelector("[data-error-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Anden udgave.", page.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.CountAsync(db => db.ExpectationAcknowledgements.Where(a => a.PersonId == relative.PersonId)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_demo_relative_has_an_agreement_about_Inger_waiting_to_be_acknowledged(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var mette = await factory.SignInAsAsync(DemoAccounts.Relative);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");

        var start = await mette.GetDocumentAsync("/Relatives");
        var page = await mette.GetDocumentAsync($"/Relatives/Citizen/{inger}/Expectations");

        Assert.NotNull(start.QuerySelector($"[data-citizen='{inger}'] [data-agreement-waiting]"));
        Assert.Contains("Personalet står for al personlig pleje", page.Text(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form button[type=submit]"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_revision_written_on_a_page_opened_before_a_colleagues_version_is_not_saved_over_it(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Samtidig");
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var colleague = await factory.SignInAsAsync(await factory.CreateStaffInAsync(StaffWorld.DemoHome), TestUsers.Password);
        var staffPage = $"/Staff/Citizens/{inger}/Relations/{relative.RelationId}/Expectations";
        using var first = await sofie.SubmitAsync(await sofie.GetDocumentAsync(staffPage), Agreement("Besøger hver søndag."));
        var opened = await sofie.GetDocumentAsync(staffPage);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        using var theirs = await colleague.SubmitAsync(await colleague.GetDocumentAsync(staffPage), Agreement("Besøger søndag og onsdag."));
        factory.Clock.Advance(TimeSpan.FromMinutes(5));

        using var stale = await sofie.SubmitAsync(opened, Agreement("Besøger hver lørdag."));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.OK), (theirs.StatusCode, stale.StatusCode));
        var shown = await HtmlForms.ParseAsync(stale);
        Assert.Contains("Version 2 af aftalen blev gemt af", shown.QuerySelector("[data-error-summary]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Besøger hver lørdag.", shown.ValueOf("Input_RelativeDoes"));
        Assert.Equal([1, 2], await VersionsAsync(factory, relative));

        using var saved = await sofie.SubmitAsync(shown, Agreement("Besøger hver lørdag."));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([1, 2, 3], await VersionsAsync(factory, relative));
    }

    private static Task<List<int>> VersionsAsync(PortalFactory factory, TestRelative relative) =>
        factory.WithDbAsync(db => db.ExpectationAgreements.Where(a => a.RelationId == relative.RelationId)
            .Select(a => a.Version).OrderBy(v => v).ToListAsync());

    internal static Dictionary<string, string> Agreement(string relativeDoes) => new()
    {
        ["Input.RelativeDoes"] = relativeDoes,
        ["Input.MunicipalityDoes"] = "Personalet står for al personlig pleje.",
        ["Input.HowWeTalk"] = "Telefon hver anden uge.",
        ["Input.ContactPerson"] = "Sofie, 70 00 00 00",
        ["Input.NextReviewOn"] = "2099-06-01",
    };
}
