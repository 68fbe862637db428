using System.Net;
using AngleSharp.Html.Parser;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Relatives;

/// <summary>
/// Every relative's form with bad input (empty, too long, script text) answers the same page with a Danish message
/// next to the field, keeps what was typed — shown as text, never as markup — and stores nothing.
/// </summary>
public class RelativeFormValidationTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private const string Script = "<script>alert(1)</script>";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task An_empty_check_in_asks_for_each_answer_and_stores_nothing(string provider)
    {
        var (factory, relative, client) = await RelativeAsync(provider, "Tom");

        using var response = await client.SubmitAsync(await client.GetDocumentAsync($"{relative.CitizenPage}/CheckIn"),
            new Dictionary<string, string> { ["Input.Comment"] = "" });
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Vælg „Hvordan har du det for tiden?“.", page.ErrorNextTo("Input_Wellbeing"));
        Assert.Equal("Vælg „Får du hvile og tid til dig selv nok?“.", page.ErrorNextTo("Input_EnoughRest"));
        Assert.Equal("Vælg „Får du den støtte, du har brug for?“.", page.ErrorNextTo("Input_EnoughSupport"));
        Assert.NotNull(page.QuerySelector("[data-error-summary] a[href='#Input_Wellbeing']"));
        Assert.Equal(0, await factory.CountAsync(db => db.WellbeingCheckIns.Where(c => c.RelationId == relative.RelationId)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_check_in_with_too_long_and_script_text_keeps_every_answer_as_text(string provider)
    {
        var (factory, relative, client) = await RelativeAsync(provider, "Lang");
        var tooLong = Script + new string('x', 2000);

        using var response = await client.SubmitAsync(await client.GetDocumentAsync($"{relative.CitizenPage}/CheckIn"),
            new Dictionary<string, string>
            {
                ["Input.Wellbeing"] = "9", ["Input.EnoughRest"] = "Partly", ["Input.EnoughSupport"] = "Yes",
                ["Input.Comment"] = tooLong, ["Input.WantsContact"] = "true", ["Input.ContactHow"] = Script,
            });
        var html = await response.Content.ReadAsStringAsync();
        var page = new HtmlParser().ParseDocument(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Vælg „Hvordan har du det for tiden?“.", page.ErrorNextTo("Input_Wellbeing"));
        Assert.Equal("„Er der noget, du vil fortælle?“ må højst være 2000 tegn. Gør teksten kortere.", page.ErrorNextTo("Input_Comment"));
        Assert.Equal(tooLong, page.ValueOf("Input_Comment"));
        Assert.Equal(Script, page.ValueOf("Input_ContactHow"));
        Assert.Equal("Partly", page.CheckedValue("Input.EnoughRest"));
        Assert.True(page.QuerySelector("#Input_WantsContact")!.HasAttribute("checked"));
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        Assert.Equal(0, await factory.CountAsync(db => db.WellbeingCheckIns.Where(c => c.RelationId == relative.RelationId)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Empty_and_too_long_feedback_is_refused_and_script_text_is_shown_harmlessly(string provider)
    {
        var (factory, relative, client) = await RelativeAsync(provider, "Fie");
        var form = await client.GetDocumentAsync($"{relative.CitizenPage}/Feedback");
        var marked = $"{Script}{Guid.NewGuid():N}";

        using var empty = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Text"] = "   " });
        var emptyPage = await HtmlForms.ParseAsync(empty);
        using var tooLong = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Text"] = marked + new string('y', 2000), ["Input.Anonymous"] = "true",
        });
        var html = await tooLong.Content.ReadAsStringAsync();
        var tooLongPage = new HtmlParser().ParseDocument(html);

        Assert.Equal("Giv mindst ét emne en karakter, eller skriv din feedback med dine egne ord.", emptyPage.ErrorNextTo("Input_Text"));
        Assert.Equal("„Din feedback“ må højst være 2000 tegn. Gør teksten kortere.", tooLongPage.ErrorNextTo("Input_Text"));
        Assert.Equal(marked + new string('y', 2000), tooLongPage.ValueOf("Input_Text"));
        Assert.True(tooLongPage.QuerySelector("#Input_Anonymous")!.HasAttribute("checked"));
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        Assert.Equal(0, await factory.CountAsync(db => db.UnitFeedback.Where(f => f.Text.StartsWith(marked))));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Script_feedback_is_stored_and_shown_to_staff_as_text(string provider)
    {
        var (factory, relative, client) = await RelativeAsync(provider, "Skript");
        using var sofie = await factory.SignInAsAsync(Demo.DemoAccounts.Staff);
        var text = $"{Script} {Guid.NewGuid():N}";

        using var _ = await client.SubmitAsync(await client.GetDocumentAsync($"{relative.CitizenPage}/Feedback"),
            new Dictionary<string, string> { ["Input.Text"] = text });
        using var response = await sofie.GetAsync(new Uri("/Staff/Requests", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains(new HtmlParser().ParseDocument(html).QuerySelectorAll("[data-feedback]"), f => f.TextContent.Contains(text, StringComparison.Ordinal));
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_too_long_reason_for_ending_keeps_the_relation_and_the_text(string provider)
    {
        var (factory, relative, client) = await RelativeAsync(provider, "Bliver");
        var reason = Script + new string('z', 500);

        using var response = await client.SubmitAsync(await client.GetDocumentAsync($"{relative.CitizenPage}/End"),
            new Dictionary<string, string> { ["Input.Reason"] = reason });
        var html = await response.Content.ReadAsStringAsync();
        var page = new HtmlParser().ParseDocument(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("„Vil du fortælle hvorfor?“ må højst være 500 tegn. Gør teksten kortere.", page.ErrorNextTo("Input_Reason"));
        Assert.Equal(reason, page.ValueOf("Input_Reason"));
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        Assert.Equal(0, await factory.CountAsync(db => db.Relations.Where(r => r.Id == relative.RelationId && r.EndedAtUtc != null)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Acknowledging_without_naming_an_agreement_asks_to_reload_and_stores_nothing(string provider)
    {
        var (factory, relative, client) = await RelativeAsync(provider, "Uden");
        var inger = relative.CitizenId;
        using var sofie = await factory.SignInAsAsync(Demo.DemoAccounts.Staff);
        using var _ = await sofie.SubmitAsync(
            await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Relations/{relative.RelationId}/Expectations"),
            ExpectationAgreementTests.Agreement("Besøg."));

        using var response = await client.SubmitAsync(await client.GetDocumentAsync($"{relative.CitizenPage}/Expectations"),
            new Dictionary<string, string> { ["Input.AgreementId"] = "" }, "main form");
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Genindlæs siden", page.QuerySelector("[data-error-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await factory.CountAsync(db => db.ExpectationAcknowledgements.Where(a => a.PersonId == relative.PersonId)));
    }

    private async Task<(PortalFactory Factory, TestRelative Relative, HttpClient Client)> RelativeAsync(string provider, string firstName)
    {
        var factory = await portal.ForAsync(provider);
        var relative = await factory.AddSignedUpRelativeAsync(await factory.CitizenIdAsync("Inger", "Prøvesen"), firstName);
        return (factory, relative, await factory.SignInAsync(relative));
    }
}
