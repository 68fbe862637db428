using System.Net;
using AngleSharp.Html.Parser;
using Paaroerende.Core.Invitations;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Relatives;

namespace Paaroerende.IntegrationTests.Staff;

/// <summary>
/// The staff forms of the relatives' portal (updates, unit news, expectation agreements) with bad input: a Danish
/// message next to the field, every typed value kept and shown as text, nothing stored.
/// </summary>
public class RelativesPortalFormTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private const string Script = "<script>alert(1)</script>";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_empty_update_names_each_missing_field_and_stores_nothing(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var before = await factory.CountAsync(db => db.CitizenUpdates);

        using var response = await sofie.SubmitAsync(await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Updates"),
            new Dictionary<string, string> { ["Input.Topic"] = "", ["Input.Title"] = "", ["Input.Body"] = "" });
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Vælg „Emne“.", page.ErrorNextTo("Input_Topic"));
        Assert.Equal("Udfyld „Overskrift“.", page.ErrorNextTo("Input_Title"));
        Assert.Equal("Udfyld „Tekst“.", page.ErrorNextTo("Input_Body"));
        Assert.Equal(before, await factory.CountAsync(db => db.CitizenUpdates));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_too_long_update_with_script_text_keeps_every_value_as_text(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var before = await factory.CountAsync(db => db.CitizenUpdates);
        var tooLong = Script + new string('a', 300);

        using var response = await sofie.SubmitAsync(await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Updates"),
            new Dictionary<string, string> { ["Input.Topic"] = "DailyLife", ["Input.Title"] = tooLong, ["Input.Body"] = Script });
        var html = await response.Content.ReadAsStringAsync();
        var page = new HtmlParser().ParseDocument(html);

        Assert.Equal("„Overskrift“ må højst være 300 tegn. Gør teksten kortere.", page.ErrorNextTo("Input_Title"));
        Assert.Equal(tooLong, page.ValueOf("Input_Title"));
        Assert.Equal(Script, page.ValueOf("Input_Body"));
        Assert.Equal("DailyLife", page.ValueOf("Input_Topic"));
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        Assert.Equal(before, await factory.CountAsync(db => db.CitizenUpdates));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Script_text_in_an_update_reaches_the_relative_as_text(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var title = $"Skript {Guid.NewGuid():N}";

        using var _ = await sofie.SubmitAsync(await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Updates"),
            new Dictionary<string, string> { ["Input.Topic"] = "DailyLife", ["Input.Title"] = title, ["Input.Body"] = Script });
        using var jens = await factory.SignInAsAsync(DemoAccounts.SecondRelative);
        using var response = await jens.GetAsync(new Uri($"/Relatives/Citizen/{inger}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains(Script, new HtmlParser().ParseDocument(html).Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Empty_and_too_long_unit_news_is_refused_and_keeps_the_text(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var before = await factory.CountAsync(db => db.UnitNews);
        var form = await sofie.GetDocumentAsync("/Staff/News");

        using var empty = await sofie.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = "", ["Input.Body"] = "" });
        var emptyPage = await HtmlForms.ParseAsync(empty);
        using var tooLong = await sofie.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = Script, ["Input.Body"] = Script + new string('b', 4000),
        });
        var html = await tooLong.Content.ReadAsStringAsync();
        var tooLongPage = new HtmlParser().ParseDocument(html);

        Assert.Equal("Udfyld „Overskrift“.", emptyPage.ErrorNextTo("Input_Title"));
        Assert.Equal("Udfyld „Tekst“.", emptyPage.ErrorNextTo("Input_Body"));
        Assert.Equal("„Tekst“ må højst være 4000 tegn. Gør teksten kortere.", tooLongPage.ErrorNextTo("Input_Body"));
        Assert.Equal(Script, tooLongPage.ValueOf("Input_Title"));
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        Assert.Equal(before, await factory.CountAsync(db => db.UnitNews));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_agreement_with_empty_too_long_and_past_values_is_refused_and_keeps_them(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var relative = await factory.AddSignedUpRelativeAsync(inger, "Formular");
        var url = $"/Staff/Citizens/{inger}/Relations/{relative.RelationId}/Expectations";
        var tooLong = Script + new string('c', 2000);

        using var response = await sofie.SubmitAsync(await sofie.GetDocumentAsync(url), new Dictionary<string, string>
        {
            ["Input.RelativeDoes"] = tooLong,
            ["Input.MunicipalityDoes"] = "",
            ["Input.HowWeTalk"] = Script,
            ["Input.ContactPerson"] = new string('d', 501),
            ["Input.NextReviewOn"] = "2020-01-01",
        });
        var html = await response.Content.ReadAsStringAsync();
        var page = new HtmlParser().ParseDocument(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("„Det gør den pårørende“ må højst være 2000 tegn. Gør teksten kortere.", page.ErrorNextTo("Input_RelativeDoes"));
        Assert.Equal("Udfyld „Det gør kommunen“.", page.ErrorNextTo("Input_MunicipalityDoes"));
        Assert.Equal("„Den pårørendes kontaktperson“ må højst være 500 tegn. Gør teksten kortere.", page.ErrorNextTo("Input_ContactPerson"));
        Assert.Equal("Vælg en dato efter i dag for, hvornår I ser på aftalen igen.", page.ErrorNextTo("Input_NextReviewOn"));
        Assert.Equal(tooLong, page.ValueOf("Input_RelativeDoes"));
        Assert.Equal(Script, page.ValueOf("Input_HowWeTalk"));
        Assert.Equal("2020-01-01", page.ValueOf("Input_NextReviewOn"));
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        Assert.Equal(0, await factory.CountAsync(db => db.ExpectationAgreements.Where(a => a.RelationId == relative.RelationId)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_invitation_without_a_valid_address_is_refused_keeps_the_text_and_sends_nothing(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var (relationId, _) = await factory.AddRelationAsync(inger, "Adresseløs", "Formsen", factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1));
        var form = await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Relations/{relationId}/Invite");

        var empty = await HtmlForms.ParseAsync(await sofie.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = "" }));
        using var scripted = await sofie.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = Script });
        var html = await scripted.Content.ReadAsStringAsync();
        var scriptPage = new HtmlParser().ParseDocument(html);
        var tooLong = await HtmlForms.ParseAsync(await sofie.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Email"] = new string('e', 250) + "@test.example",
        }));

        Assert.Equal("Udfyld „Den pårørendes e-mailadresse“.", empty.ErrorNextTo("Input_Email"));
        Assert.Equal("Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.", scriptPage.ErrorNextTo("Input_Email"));
        Assert.Equal(Script, scriptPage.ValueOf("Input_Email"));
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        Assert.Equal("„Den pårørendes e-mailadresse“ må højst være 256 tegn. Gør teksten kortere.", tooLong.ErrorNextTo("Input_Email"));
        Assert.Equal(0, await factory.CountAsync(db => db.RelativeInvitations.Where(i => db.Relations.Any(r => r.Id == relationId && r.PersonId == i.PersonId))));
        Assert.Equal(0, await factory.CountAsync(db => db.OutboxMessages));
    }
}
