using System.Net;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core;
using Paaroerende.Core.Consents;
using Paaroerende.Demo;
using Paaroerende.Core.Relatives;
using Paaroerende.IntegrationTests.CitizenArea;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Notifications;
using Paaroerende.IntegrationTests.Staff;
using static Paaroerende.IntegrationTests.Staff.ConsentPerTopicTests;

namespace Paaroerende.IntegrationTests.Relatives;

/// <summary>
/// Children and young people as relatives (issue #14 part 2, ADR 0038): age from the birth date staff enter, a child
/// under 15 is never given medicine, finances or case processing nor made "involveret" — refused by the recorder for
/// staff and citizen alike, and not offered by either form — and a young relative's page is written for them.
/// </summary>
public class YoungRelativeTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Staff_nominate_a_12_year_old_with_a_birth_date_and_the_form_offers_a_child_no_medicine_and_no_involveret(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var born = Today(factory).AddYears(-12);

        using var nominated = await sofie.SubmitAsync(await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Nominate"),
            new Dictionary<string, string>
            {
                ["Input.FirstName"] = "Emil", ["Input.LastName"] = "Barnebarn", ["Input.Kind"] = "Other",
                ["Input.RelativeBirthDate"] = Iso(born), ["Input.HowGiven"] = "Oral",
            });
        Assert.Equal(HttpStatusCode.Redirect, nominated.StatusCode);
        var person = await factory.WithDbAsync(db => db.People.SingleAsync(p => p.FirstName == "Emil" && p.LastName == "Barnebarn"));
        Assert.Equal(born, person.BirthDate);

        var form = await sofie.GetDocumentAsync(nominated.Headers.Location!.PathAndQueryOrOriginal());
        Assert.Equal(["None", "KeptOut"], Offered(form, ConsentTopic.Medicine));
        Assert.Equal(["None", "KeptOut"], Offered(form, ConsentTopic.Finances));
        Assert.Equal(["None", "Informed", "KeptOut"], Offered(form, ConsentTopic.DailyLife));
        var reminder = form.QuerySelector("[data-young-relative]")!.TextContent;
        Assert.Contains("Emil er under 15 år", reminder, StringComparison.Ordinal);
        Assert.Contains("må ikke blive hjælper eller tolk", reminder, StringComparison.Ordinal);
        Assert.Contains($"15-års-fødselsdag den {Long(born.AddYears(15))}", reminder, StringComparison.Ordinal);

        var citizenPage = await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}");
        Assert.Contains("Under 18 år.", citizenPage.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_posted_grant_of_medicine_or_involveret_for_a_child_is_refused_in_plain_Danish_and_nothing_is_saved(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var born = Today(factory).AddYears(-14).AddDays(10);
        var (relationId, personId) = await factory.AddRelationAsync(inger, "Sara", "Barnebarn", Instant.Now(factory.Clock).AddDays(-1));
        await SetBirthDateAsync(factory, personId, born);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var form = await sofie.GetDocumentAsync($"/Staff/Citizens/{inger}/Relations/{relationId}/Consent");

        using var response = await sofie.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Levels[Medicine]"] = "Informed",
            ["Input.Levels[DailyLife]"] = "Involved",
            ["Input.GivenHow"] = "Oral",
        });
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "Sara er under 15 år og kan ikke få adgang til Medicin. Vælg Ingen adgang eller Holdes udenfor.",
            page.ErrorNextTo("Input_Levels_Medicine_"));
        Assert.Equal(
            "Sara er under 15 år og kan ikke være involveret i Dagligdag og trivsel. Vælg Orienteret.",
            page.ErrorNextTo("Input_Levels_DailyLife_"));
        Assert.Equal(0, await factory.CountAsync(db => db.ConsentRecords.Where(c => c.RelationId == relationId)));

        // What a child may have is saved; the refused rows were never offered, so they are not sent again.
        using var corrected = await sofie.SubmitAsync(page, new Dictionary<string, string> { ["Input.Levels[DailyLife]"] = "Informed" });
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var records = await factory.WithDbAsync(db => db.ConsentRecords.Where(c => c.RelationId == relationId)
            .Select(c => new { c.Topic, c.Level }).ToListAsync());
        Assert.Equal([(ConsentTopic.DailyLife, ConsentLevel.Informed)], records.Select(r => (r.Topic, r.Level)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_recorder_refuses_a_child_finances_until_the_first_instant_of_the_15th_birthday_in_Danish_time(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var born = Today(factory).AddYears(-15).AddDays(3);
        var (relationId, personId) = await factory.AddRelationAsync(inger, "Noah", "Barnebarn", Instant.Now(factory.Clock).AddDays(-1));
        await SetBirthDateAsync(factory, personId, born);
        var fifteenth = StartOfDay(born.AddYears(15));
        var staff = await factory.UserIdAsync(DemoAccounts.Staff);
        ConsentCommand Finances(DateTime from) => ConsentCommand.Alike(relationId, ConsentBasis.CitizenConsent, null, HowGiven.Oral,
            from, null, null, new Dictionary<ConsentTopic, ConsentLevel> { [ConsentTopic.Finances] = ConsentLevel.Informed });

        var refused = await Assert.ThrowsAsync<TooYoungForTopicException>(() =>
            factory.WithServiceAsync<ConsentRecorder, int>(r => r.RecordConsentsAsync(staff, Finances(fifteenth.AddSeconds(-1)))));
        Assert.Equal([ConsentTopic.Finances], refused.Topics);
        Assert.Equal(0, await factory.CountAsync(db => db.ConsentRecords.Where(c => c.RelationId == relationId)));

        Assert.Equal(1, await factory.WithServiceAsync<ConsentRecorder, int>(r => r.RecordConsentsAsync(staff, Finances(fifteenth))));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_citizens_own_form_offers_a_child_no_medicine_and_a_crafted_post_is_refused(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var (relationId, personId) = await factory.AddRelationAsync(inger, "Liva", "Barnebarn", Instant.Now(factory.Clock).AddDays(-1));
        await SetBirthDateAsync(factory, personId, Today(factory).AddYears(-9));
        using var citizen = await factory.SignInAsAsync(DemoAccounts.Citizen);
        var form = await citizen.GetDocumentAsync($"/Citizen/Relations/{relationId}");
        Assert.Equal(["None", "KeptOut"], Offered(form, ConsentTopic.CaseProcessing));
        Assert.Contains("Liva er under 15 år", form.QuerySelector("[data-young-relative]")!.TextContent, StringComparison.Ordinal);

        using var response = await citizen.SubmitAsync(form, new Dictionary<string, string> { ["Input.Levels[CaseProcessing]"] = "Informed" });
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Liva er under 15 år og kan ikke få adgang til Sagsbehandling og afgørelser. Vælg Ingen adgang eller Holdes udenfor.",
            page.ErrorNextTo("Input_Levels_CaseProcessing_"));
        Assert.Equal(0, await factory.CountAsync(db => db.ConsentRecords.Where(c => c.RelationId == relationId)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_young_relatives_page_is_written_for_them_and_an_adults_is_not(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var child = await factory.AddSignedUpRelativeAsync(inger, "Alma", consents: (ConsentTopic.DailyLife, ConsentLevel.Informed));
        var teenager = await factory.AddSignedUpRelativeAsync(inger, "Oskar", consents: (ConsentTopic.DailyLife, ConsentLevel.Informed));
        var adult = await factory.AddSignedUpRelativeAsync(inger, "Karen", consents: (ConsentTopic.DailyLife, ConsentLevel.Informed));
        await SetBirthDateAsync(factory, child.PersonId, Today(factory).AddYears(-11));
        await SetBirthDateAsync(factory, teenager.PersonId, Today(factory).AddYears(-17));
        await SetBirthDateAsync(factory, adult.PersonId, Today(factory).AddYears(-18));

        var readers = new List<string?>();
        foreach (var relative in new[] { child, teenager, adult })
        {
            using var client = await factory.SignInAsync(relative);
            var page = await client.GetDocumentAsync(relative.CitizenPage);
            readers.Add(page.QuerySelector("[data-young-reader]")?.GetAttribute("data-young-reader"));
            if (relative == child)
            {
                Assert.Contains("BørneTelefonen på 116 111", page.Text(), StringComparison.Ordinal);
                Assert.Contains("ikke din opgave at hjælpe med pleje eller medicin eller at tolke", page.Text(), StringComparison.Ordinal);
            }
        }

        Assert.Equal(["Child", "Teenager", null], readers);
    }

    private static Task<int> SetBirthDateAsync(PortalFactory factory, Guid personId, DateOnly born) =>
        factory.WithDbAsync(async db =>
        {
            (await db.People.SingleAsync(p => p.Id == personId)).BirthDate = born;
            return await db.SaveChangesAsync();
        });

    private static List<string> Offered(AngleSharp.Html.Dom.IHtmlDocument form, ConsentTopic topic) =>
        [.. form.QuerySelectorAll($"input[type=radio][name='Input.Levels[{topic}]']").Select(i => i.GetAttribute("value")!)];
}
