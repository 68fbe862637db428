using System.Net;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core;
using Paaroerende.Core.Consents;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.CitizenArea;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Relatives;
using static Paaroerende.IntegrationTests.Staff.ConsentPerTopicTests;

namespace Paaroerende.IntegrationTests.Staff;

/// <summary>
/// The staff consent form with the legal bases that hold (issue #14, ADR 0033): custody for an adult is refused in plain
/// Danish with nothing typed lost; a child's custody ends the day before the 18th birthday; fuldmagt asks for its scope,
/// document and expiry, and both receipts show them.
/// </summary>
public class LegalBasisFormTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private const string CustodyForAdult =
        "Forældremyndighed gælder kun for børn under 18. Borgeren er fyldt 18 — vælg borgerens eget samtykke, fuldmagt eller værgemål.";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Custody_for_a_citizen_born_in_1950_is_refused_in_plain_Danish_and_nothing_typed_is_lost(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var citizen = await factory.AddCitizenAsync(StaffWorld.DemoHome, "Else", "Voksensen", new DateOnly(1950, 8, 14));
        var (relationId, _) = await factory.AddRelationAsync(citizen, "Poul", "Voksensen", Instant.Now(factory.Clock).AddDays(-1));
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var lastDay = Today(factory).AddDays(40);

        using var response = await sofie.SubmitAsync(await sofie.GetDocumentAsync(Url(citizen, relationId)), new Dictionary<string, string>
        {
            ["Input.Basis"] = "ParentalCustody",
            ["Input.Levels[Medicine]"] = "Informed",
            ["Input.Until[Medicine]"] = Iso(lastDay),
            ["Input.Note"] = "Sønnen ringede",
            ["Input.GivenHow"] = "Written",
        });
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CustodyForAdult, page.ErrorNextTo("Input_Basis"));
        Assert.Equal(
            ("ParentalCustody", "Informed", Iso(lastDay), "Sønnen ringede", "Written"),
            (page.CheckedValue("Input.Basis"), page.CheckedValue("Input.Levels[Medicine]"), page.ValueOf("Input_Until_Medicine_"),
                page.ValueOf("Input_Note"), page.CheckedValue("Input.GivenHow")));
        Assert.Equal(0, await factory.CountAsync(db => db.ConsentRecords.Where(c => c.RelationId == relationId)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_childs_custody_refuses_an_end_after_the_18th_birthday_and_otherwise_ends_the_day_before_it(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var birthDate = Today(factory).AddYears(-17);
        var citizen = await factory.AddCitizenAsync(StaffWorld.DemoHome, "Ida", "Ungsen", birthDate);
        var (relationId, _) = await factory.AddRelationAsync(citizen, "Hanne", "Ungsen", Instant.Now(factory.Clock).AddDays(-1));
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var form = await sofie.GetDocumentAsync(Url(citizen, relationId) + "?basis=ParentalCustody");
        var lastDay = birthDate.AddYears(18).AddDays(-1);
        Assert.Contains($"til og med {Long(lastDay)}", form.QuerySelector("[data-custody-hint]")!.TextContent, StringComparison.Ordinal);

        using var tooLate = await sofie.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Levels[DailyLife]"] = "Involved",
            ["Input.Until[DailyLife]"] = Iso(lastDay.AddDays(10)),
            ["Input.GivenHow"] = "Written",
        });
        var refused = await HtmlForms.ParseAsync(tooLate);
        Assert.Equal(
            $"Dagligdag og trivsel: Forældremyndighed gælder kun til og med {Long(lastDay)}, dagen før borgeren fylder 18. Vælg den dag eller en tidligere, eller lad feltet stå tomt.",
            refused.ErrorNextTo("Input_Until_DailyLife_"));
        Assert.Equal(0, await factory.CountAsync(db => db.ConsentRecords.Where(c => c.RelationId == relationId)));

        using var saved = await sofie.SubmitAsync(refused, new Dictionary<string, string> { ["Input.Until[DailyLife]"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var record = await factory.WithDbAsync(db => db.ConsentRecords.SingleAsync(c => c.RelationId == relationId));
        Assert.Equal((ConsentBasis.ParentalCustody, (DateTime?)StartOfDay(birthDate.AddYears(18))), (record.Basis, record.ValidUntilUtc));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Fuldmagt_asks_for_scope_document_and_expiry_and_both_receipts_show_them(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CitizenWorld.CreateAsync(factory);
        using var sofie = await factory.SignInAsAsync(DemoAccounts.Staff);
        var expires = Today(factory).AddDays(90);

        using var bare = await sofie.SubmitAsync(
            await sofie.GetDocumentAsync(Url(world.CitizenId, world.RelationId) + "?basis=PowerOfAttorney"),
            new Dictionary<string, string> { ["Input.Levels[Finances]"] = "Involved", ["Input.GivenHow"] = "Written" });
        var asked = await HtmlForms.ParseAsync(bare);
        Assert.Equal(
            ("Skriv, hvad fuldmagten omfatter, fx „Økonomiske forhold“.",
                "Skriv dokumentets reference, fx „Fuldmagt af 3. marts 2026, journalnr. 26-1234“ eller Familieretshusets afgørelse.",
                "Involved"),
            (asked.ErrorNextTo("Input_BasisScope"), asked.ErrorNextTo("Input_BasisDocument"), asked.CheckedValue("Input.Levels[Finances]")));
        Assert.StartsWith("Skriv den sidste dag, fuldmagten gælder.", asked.ErrorNextTo("Input_BasisExpiresOn"), StringComparison.Ordinal);

        using var tooLong = await sofie.SubmitAsync(asked, new Dictionary<string, string>
        {
            ["Input.BasisScope"] = "Økonomiske forhold",
            ["Input.BasisDocument"] = "Fuldmagt af 3. marts 2026, journalnr. 26-1234",
            ["Input.BasisExpiresOn"] = Iso(expires),
            ["Input.Until[Finances]"] = Iso(expires.AddDays(1)),
        });
        var capped = await HtmlForms.ParseAsync(tooLong);
        Assert.Contains($"dokumentets sidste dag ({Long(expires)})", capped.ErrorNextTo("Input_Until_Finances_"), StringComparison.Ordinal);
        Assert.Equal(0, await factory.CountAsync(db => db.ConsentRecords.Where(c => c.RelationId == world.RelationId)));

        using var saved = await sofie.SubmitAsync(capped, new Dictionary<string, string> { ["Input.Until[Finances]"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var citizen = await world.SignInAsCitizenAsync(factory);
        using var relative = await world.SignInAsRelativeAsync(factory);
        foreach (var receipt in new[]
                 {
                     await citizen.GetDocumentAsync($"/Citizen/Relations/{world.RelationId}/Receipt"),
                     await relative.GetDocumentAsync($"/Relatives/Citizen/{world.CitizenId}/Receipt"),
                 })
        {
            var row = receipt.QuerySelector("tr[data-topic='Finances']");
            Assert.NotNull(row);
            var document = row.QuerySelector("[data-basis-document]")?.TextContent ?? "";
            Assert.Contains("Omfatter: Økonomiske forhold", document, StringComparison.Ordinal);
            Assert.Contains("Dokument: Fuldmagt af 3. marts 2026, journalnr. 26-1234", document, StringComparison.Ordinal);
            Assert.Contains($"Dokumentet gælder til og med {Long(expires)}", document, StringComparison.Ordinal);
            Assert.EndsWith($"– {Long(expires)}", row.QuerySelector("[data-period]")?.TextContent.Trim(), StringComparison.Ordinal);
        }

        var grid = await sofie.GetDocumentAsync($"/Staff/Citizens/{world.CitizenId}");
        Assert.Contains("Fuldmagt af 3. marts 2026, journalnr. 26-1234",
            grid.QuerySelector($"[data-relation='{world.RelationId}'] tr[data-topic='Finances'] [data-basis-document]")?.TextContent, StringComparison.Ordinal);
    }

    private static string Url(Guid citizenId, Guid relationId) => $"/Staff/Citizens/{citizenId}/Relations/{relationId}/Consent";
}
