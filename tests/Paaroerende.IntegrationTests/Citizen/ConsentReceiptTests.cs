using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.IntegrationTests.Staff;
using Paaroerende.IntegrationTests.Infrastructure;
using static Paaroerende.IntegrationTests.CitizenArea.CitizenWorld;

namespace Paaroerende.IntegrationTests.CitizenArea;

public class ConsentReceiptTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_receipt_json_is_a_download_with_the_ISO_27560_fields_and_the_consented_topics(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory, Consent(ConsentTopic.DailyLife, ConsentLevel.Involved));
        using var citizen = await world.SignInAsCitizenAsync(factory);
        using var _ = await CitizenSteeringTests.SaveLevelsAsync(citizen, world, new() { ["Input.Levels[HealthAndCare]"] = "Informed" });

        using var response = await citizen.GetAsync(new Uri($"/Citizen/Relations/{world.RelationId}/Receipt?handler=Json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        foreach (var field in new[] { "version", "jurisdiction", "consentTimestamp", "collectionMethod", "consentReceiptID",
                     "piiPrincipalId", "piiControllers", "policyUrl", "services", "sensitive", "recipients", "validity", "recordedBy" })
        {
            Assert.True(root.TryGetProperty(field, out var _), $"The receipt has no {field}");
        }

        Assert.Equal("DK", root.GetProperty("jurisdiction").GetString());
        Assert.Equal(world.CitizenId.ToString(), root.GetProperty("piiPrincipalId").GetString());
        Assert.True(root.GetProperty("sensitive").GetBoolean());
        var purposes = root.GetProperty("services")[0].GetProperty("purposes").EnumerateArray()
            .Select(p => (p.GetProperty("purpose").GetString(), p.GetProperty("level").GetString(), p.GetProperty("legalBasis").GetString()))
            .Order().ToList();
        Assert.Equal([("DailyLife", "Involved", "CitizenConsent"), ("HealthAndCare", "Informed", "CitizenConsent")], purposes);
        Assert.Contains("Digital", root.GetProperty("collectionMethod").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("http", root.GetProperty("policyUrl").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_receipt_shows_a_short_readable_number_not_a_guid_and_the_file_carries_both(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory, Consent(ConsentTopic.DailyLife, ConsentLevel.Involved));
        using var citizen = await world.SignInAsCitizenAsync(factory);

        var page = await citizen.GetDocumentAsync($"/Citizen/Relations/{world.RelationId}/Receipt");
        using var response = await citizen.GetAsync(new Uri($"/Citizen/Relations/{world.RelationId}/Receipt?handler=Json", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var shown = page.QuerySelector(".consent-receipt dl")!.TextContent;
        var number = page.QuerySelector("[data-receipt-number]")?.TextContent.Trim();
        Assert.Matches("^K-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", number);
        Assert.DoesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-", shown);
        Assert.Equal(number, json.RootElement.GetProperty("receiptNumber").GetString());
        Assert.Equal(number, ReceiptNumbers.From(Guid.Parse(json.RootElement.GetProperty("consentReceiptID").GetString()!)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_relatives_receipt_lists_only_the_topics_they_may_follow(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory,
            Consent(ConsentTopic.DailyLife, ConsentLevel.Involved), Consent(ConsentTopic.Finances, ConsentLevel.KeptOut),
            Consent(ConsentTopic.Medicine, ConsentLevel.None));
        using var relative = await world.SignInAsRelativeAsync(factory);

        var page = await relative.GetDocumentAsync($"/Relatives/Citizen/{world.CitizenId}/Receipt");
        using var json = await relative.GetAsync(new Uri($"/Relatives/Citizen/{world.CitizenId}/Receipt?handler=Json", UriKind.Relative));

        Assert.Equal(["DailyLife"], page.QuerySelectorAll("tr[data-topic]").Select(r => r.GetAttribute("data-topic")).ToList());
        Assert.Equal("attachment", json.Content.Headers.ContentDisposition?.DispositionType);
        using var receipt = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.Equal(["DailyLife"], receipt.RootElement.GetProperty("services")[0].GetProperty("purposes").EnumerateArray()
            .Select(p => p.GetProperty("purpose").GetString()).ToList());

        // Every read audited: the page and the download are two reads of the receipt.
        Assert.Equal(2, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.CitizenId == world.CitizenId
            && a.Action == AuditAction.RelativeRead && a.Detail == Paaroerende.Web.Pages.Relatives.ReceiptModel.ReceiptDetail)));
    }
}
