using System.Net;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Staff;

/// <summary>
/// Every staff form with bad input answers the same page again with a Danish message next to the field, keeps what
/// was typed (shown as text, never as markup) and stores nothing.
/// </summary>
public class FormValidationTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private const string Script = "<script>alert(1)</script>";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_empty_nomination_names_each_missing_field_and_stores_nothing(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var before = await CountsAsync(factory);

        using var response = await sofie.SubmitAsync(await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Nominate"),
            new Dictionary<string, string> { ["Input.FirstName"] = "", ["Input.LastName"] = "", ["Input.Kind"] = "" });
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Udfyld „Fornavn“.", page.ErrorNextTo("Input_FirstName"));
        Assert.Equal("Udfyld „Efternavn“.", page.ErrorNextTo("Input_LastName"));
        Assert.Equal("Vælg „Relation til borgeren“.", page.ErrorNextTo("Input_Kind"));
        Assert.Equal("Vælg „Sådan blev den pårørende udpeget“.", page.ErrorNextTo("Input_HowGiven"));
        Assert.NotNull(page.QuerySelector("[data-error-summary] a[href='#Input_FirstName']"));
        Assert.Equal(before, await CountsAsync(factory));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_nomination_with_too_long_script_and_bad_email_keeps_every_typed_value_as_text(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var before = await CountsAsync(factory);
        var tooLong = new string('a', 201);

        using var response = await sofie.SubmitAsync(await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Nominate"),
            new Dictionary<string, string>
            {
                ["Input.FirstName"] = Script,
                ["Input.LastName"] = tooLong,
                ["Input.Email"] = "ikke-en-adresse",
                ["Input.Phone"] = "ring til mig",
                ["Input.Kind"] = "Friend",
                ["Input.RelativeBirthDate"] = "2014-05-17",
                ["Input.HowGiven"] = "Written",
            });
        var html = await response.Content.ReadAsStringAsync();
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("„Efternavn“ må højst være 200 tegn. Gør teksten kortere.", page.ErrorNextTo("Input_LastName"));
        Assert.Equal("Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.", page.ErrorNextTo("Input_Email"));
        Assert.Equal("Skriv et telefonnummer med 8 cifre, fx 36 39 39 39.", page.ErrorNextTo("Input_Phone"));
        Assert.Equal(Script, page.ValueOf("Input_FirstName"));
        Assert.Equal(tooLong, page.ValueOf("Input_LastName"));
        Assert.Equal("ikke-en-adresse", page.ValueOf("Input_Email"));
        Assert.Equal("Friend", page.ValueOf("Input_Kind"));
        Assert.Equal("Written", page.CheckedValue("Input.HowGiven"));
        Assert.Equal("2014-05-17", page.ValueOf("Input_RelativeBirthDate"));
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(factory));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Consent_valid_until_before_valid_from_is_refused_and_the_choices_are_kept(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var (inger, relationId) = await NewRelationAsync(factory, "Dorte");

        using var response = await sofie.SubmitAsync(await sofie.GetDocumentAsync(ConsentUrl(inger, relationId)),
            new Dictionary<string, string>
            {
                ["Input.Levels[Medicine]"] = "Involved",
                ["Input.GivenHow"] = "Oral",
                ["Input.From[Medicine]"] = "2026-12-10",
                ["Input.Until[Medicine]"] = "2026-12-01",
                ["Input.Note"] = Script,
            });
        var html = await response.Content.ReadAsStringAsync();
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("„Gælder til og med“ for Medicin skal være samme dag som „Gælder fra“ eller senere. Ret en af datoerne.",
            page.ErrorNextTo("Input_Until_Medicine_"));
        Assert.Equal("Involved", page.CheckedValue("Input.Levels[Medicine]"));
        Assert.Equal("Oral", page.CheckedValue("Input.GivenHow"));
        Assert.Equal("2026-12-10", page.ValueOf("Input_From_Medicine_"));
        Assert.Equal("2026-12-01", page.ValueOf("Input_Until_Medicine_"));
        Assert.Equal(Script, page.ValueOf("Input_Note"));
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        Assert.Equal(0, await RecordsAsync(factory, relationId));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Consent_valid_until_the_last_day_a_date_can_hold_is_refused_with_what_to_do(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var (inger, relationId) = await NewRelationAsync(factory, "Dagny");

        using var response = await sofie.SubmitAsync(await sofie.GetDocumentAsync(ConsentUrl(inger, relationId)),
            new Dictionary<string, string>
            {
                ["Input.Levels[Medicine]"] = "Informed",
                ["Input.GivenHow"] = "Oral",
                ["Input.Until[Medicine]"] = "9999-12-31",
            });
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Tjek årstallet: datoen skal ligge mellem år 1900 og 2199.", page.ErrorNextTo("Input_Until_Medicine_"));
        Assert.Equal("9999-12-31", page.ValueOf("Input_Until_Medicine_"));
        Assert.Equal("Informed", page.CheckedValue("Input.Levels[Medicine]"));
        Assert.Equal(0, await RecordsAsync(factory, relationId));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Consent_on_guardianship_without_a_scope_asks_for_the_scope(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var (inger, relationId) = await NewRelationAsync(factory, "Gudrun");

        using var response = await sofie.SubmitAsync(
            await sofie.GetDocumentAsync(ConsentUrl(inger, relationId) + "?basis=Guardianship"),
            new Dictionary<string, string>
            {
                ["Input.Levels[Finances]"] = "Involved",
                ["Input.BasisScope"] = "",
                ["Input.GivenHow"] = "Written",
            });
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Guardianship", page.CheckedValue("Input.Basis"));
        Assert.Equal("Skriv, hvad værgemålet omfatter, fx „Økonomiske forhold“.", page.ErrorNextTo("Input_BasisScope"));
        Assert.Equal("Involved", page.CheckedValue("Input.Levels[Finances]"));
        Assert.Equal(0, await RecordsAsync(factory, relationId));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Consent_without_how_given_a_date_or_with_a_too_long_note_is_refused(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var (inger, relationId) = await NewRelationAsync(factory, "Nina");
        var longNote = new string('n', 501);

        using var response = await sofie.SubmitAsync(await sofie.GetDocumentAsync(ConsentUrl(inger, relationId)),
            new Dictionary<string, string>
            {
                ["Input.Levels[DailyLife]"] = "Informed",
                ["Input.From[DailyLife]"] = "",
                ["Input.Note"] = longNote,
            });
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Vælg „Sådan blev samtykket givet“.", page.ErrorNextTo("Input_GivenHow"));
        Assert.Equal("Udfyld „Gælder fra“ for Dagligdag og trivsel.", page.ErrorNextTo("Input_From_DailyLife_"));
        Assert.Equal("„Note“ må højst være 500 tegn. Gør teksten kortere.", page.ErrorNextTo("Input_Note"));
        Assert.Equal(longNote, page.ValueOf("Input_Note"));
        Assert.Equal(0, await RecordsAsync(factory, relationId));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Ending_a_relation_without_who_and_why_is_refused_and_the_relation_stays_active(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var (inger, relationId) = await NewRelationAsync(factory, "Erik");
        var url = $"/Staff/Citizens/{inger}/Relations/{relationId}/End";

        using var empty = await sofie.SubmitAsync(await sofie.GetDocumentAsync(url), new Dictionary<string, string> { ["Input.Reason"] = "" });
        var emptyPage = await HtmlForms.ParseAsync(empty);
        using var tooLong = await sofie.SubmitAsync(await sofie.GetDocumentAsync(url), new Dictionary<string, string>
        {
            ["Input.EndedBy"] = "Citizen",
            ["Input.Reason"] = Script + new string('x', 500),
        });
        var tooLongPage = await HtmlForms.ParseAsync(tooLong);

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal("Vælg „Hvem ønsker relationen afsluttet“.", emptyPage.ErrorNextTo("Input_EndedBy"));
        Assert.Equal("Udfyld „Begrundelse“.", emptyPage.ErrorNextTo("Input_Reason"));
        Assert.Equal("„Begrundelse“ må højst være 500 tegn. Gør teksten kortere.", tooLongPage.ErrorNextTo("Input_Reason"));
        Assert.Equal(Script + new string('x', 500), tooLongPage.ValueOf("Input_Reason"));
        Assert.Equal("Citizen", tooLongPage.CheckedValue("Input.EndedBy"));
        Assert.Null(await factory.WithDbAsync(db => db.Relations.Where(r => r.Id == relationId).Select(r => r.EndedAtUtc).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Ending_a_relation_stops_access_at_once_and_keeps_who_when_and_why(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var (inger, relationId) = await NewRelationAsync(factory, "Ebbe");

        using var response = await sofie.SubmitAsync(
            await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Relations/{relationId}/End"),
            new Dictionary<string, string> { ["Input.EndedBy"] = "Relative", ["Input.Reason"] = "Ønsker ikke længere at være pårørende." });
        var citizenPage = await sofie.GetDocumentAsync(response.Headers.Location!.PathAndQueryOrOriginal());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var section = citizenPage.QuerySelector($"[data-relation='{relationId}']")!;
        Assert.Equal("false", section.GetAttribute("data-active"));
        Assert.Contains("Den pårørende", section.QuerySelector("[data-ended]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ønsker ikke længere at være pårørende.", section.TextContent, StringComparison.Ordinal);
        Assert.Null(section.QuerySelector("a[href$='/Consent']"));
        var sections = citizenPage.QuerySelectorAll("[data-relation]").ToList();
        Assert.True(sections.IndexOf(section) > sections.FindLastIndex(s => s.GetAttribute("data-active") == "true"), "ended relations come after the active ones");
        var relation = await factory.WithDbAsync(db => db.Relations.SingleAsync(r => r.Id == relationId));
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, relation.EndedAtUtc!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Equal(await factory.UserIdAsync(DemoAccounts.Staff), relation.EndedByUserId);
    }

    private static string ConsentUrl(Guid citizenId, Guid relationId) =>
        $"/Staff/Citizens/{citizenId}/Relations/{relationId}/Consent";

    private static async Task<(Guid Citizen, Guid Relation)> NewRelationAsync(PortalFactory factory, string firstName)
    {
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var (relationId, _) = await factory.AddRelationAsync(inger, firstName, "Formsen", factory.Clock.GetUtcNow().UtcDateTime);
        return (inger, relationId);
    }

    private static Task<int> RecordsAsync(PortalFactory factory, Guid relationId) =>
        factory.WithDbAsync(db => db.ConsentRecords.CountAsync(c => c.RelationId == relationId));

    private static Task<(int People, int Relations, int Records, int Audit)> CountsAsync(PortalFactory factory) =>
        factory.WithDbAsync(async db => (await db.People.CountAsync(), await db.Relations.CountAsync(),
            await db.ConsentRecords.CountAsync(), await db.AuditEntries.CountAsync()));
}
