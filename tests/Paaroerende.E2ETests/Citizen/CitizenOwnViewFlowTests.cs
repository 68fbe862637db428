using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Invitations;
using Paaroerende.Demo;
using Paaroerende.E2ETests.Infrastructure;
using Paaroerende.E2ETests.PageObjects;
using static Paaroerende.E2ETests.CitizenArea.CitizenArrangements;

namespace Paaroerende.E2ETests.CitizenArea;

/// <summary>
/// Issue 6, parts 3 to 6 in Chromium — who looked, the receipt printed and as a file, and "my data" for the citizen,
/// the relative and staff — and its "Done when" as one new user's walk through the demo citizen's view.
/// </summary>
[Collection(SharedPortal.Name)]
public class CitizenOwnViewFlowTests(PortalInChromium portal)
{
    private const string Jens = "Jens Prøvesen";

    [Fact]
    public async Task Done_when_the_demo_citizen_withdraws_a_topic_gets_the_receipt_sees_the_relatives_read_and_downloads_my_data()
    {
        var inger = await CitizenIdAsync();
        var jensRelation = await WithDbAsync(portal, db => db.Relations
            .Where(r => r.CitizenId == inger && r.Person!.Email == DemoAccounts.SecondRelative).Select(r => r.Id).SingleAsync());
        try
        {
            await using var citizenContext = await portal.NewContextAsync();
            var page = await citizenContext.NewPageAsync();
            await SignIn.AsAsync(page, DemoRole.Citizen);

            // See my relatives, each with a grid of topics.
            var start = new CitizenStartPage(page);
            await Assertions.Expect(start.Heading).ToBeVisibleAsync();
            await Assertions.Expect(start.Relative("Mette Testrup")).ToBeVisibleAsync();
            Assert.Equal("Informed", await start.LevelAsync(Jens, "Medicine"));

            // Withdraw one topic from one of them, and download the receipt.
            await start.ChangeAsync(Jens, "Medicine", "Ingen adgang");
            await Assertions.Expect(page.Locator("[data-notice='Saved']")).ToBeVisibleAsync();
            var receipt = await DownloadJsonAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Hent kvitteringen som fil (JSON)" }));
            Assert.Equal(Jens, receipt.GetProperty("recipients")[0].GetProperty("name").GetString());
            Assert.Equal("None", Purposes(receipt)["Medicine"].GetProperty("level").GetString());
            Assert.Equal("Informed", Purposes(receipt)["DailyLife"].GetProperty("level").GetString());

            // The relative, in a browser of their own, opens the citizen's page a minute later.
            var beforeRead = DateTime.UtcNow.AddSeconds(-1);
            await using (var relativeContext = await portal.NewContextAsync(phone: true))
            {
                var relative = await relativeContext.NewPageAsync();
                await (await LoginPage.OpenAsync(relative)).SignInAsync(DemoAccounts.SecondRelative, DemoAccounts.Password);
                await relative.GetByRole(AriaRole.Link, new() { Name = "Inger Prøvesen", Exact = true }).ClickAsync();
                var shown = await relative.Locator("[data-allowed-topics]").GetAttributeAsync("data-allowed-topics");
                Assert.DoesNotContain("Medicine", shown!, StringComparison.Ordinal);
            }

            // The citizen sees that visit in "who looked": who, which topics, when (one line per visit).
            await CitizenStartPage.OpenAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = "Hvem har kigget? Se hvornår dine pårørende har læst om dig" }).ClickAsync();
            await page.GetByLabel("Pårørende", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Jens });
            await page.GetByRole(AriaRole.Button, new() { Name = "Vis", Exact = true }).ClickAsync();
            var visits = await VisitsSinceAsync(page, beforeRead);
            var visit = Assert.Single(visits);
            Assert.Equal(Jens, visit.Who);
            Assert.Contains("Dagligdag og trivsel", visit.Topics);

            // And downloads my data, which holds the audit entries of that read.
            await CitizenStartPage.OpenAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = "Mine data: se alt, hvad portalen har gemt om dig" }).ClickAsync();
            var myData = await DownloadJsonAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Hent alt som fil (JSON)" }));
            var exportedReads = myData.GetProperty("tables").GetProperty("AuditEntries").EnumerateArray()
                .Where(a => a.GetProperty("Action").GetString() == "RelativeRead" && a.GetProperty("OccurredAtUtc").GetDateTime() >= beforeRead)
                .ToList();
            Assert.NotEmpty(exportedReads);
            Assert.All(exportedReads, a => Assert.Equal(Jens, a.GetProperty("Relative").GetString()));
            Assert.Contains(exportedReads, a => a.GetProperty("Topic").GetString() == "DailyLife");
            Assert.DoesNotContain(exportedReads, a => a.GetProperty("Topic").GetString() == "Medicine");
        }
        finally
        {
            await RestoreAsync(inger, jensRelation, ConsentTopic.Medicine, ConsentLevel.Informed);
        }
    }

    [Fact]
    public async Task The_receipt_prints_without_the_page_around_it_and_its_json_carries_the_consent_receipt_fields()
    {
        var inger = await CitizenIdAsync();
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, DemoRole.Citizen);
        await new CitizenStartPage(page).Relative("Mette Testrup").GetByRole(AriaRole.Link, new() { Name = "Kvittering for Mette Testrup" }).ClickAsync();
        var receiptId = await page.Locator("[data-receipt-id]").GetAttributeAsync("data-receipt-id");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".consent-receipt table")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Udskriv kvitteringen" })).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("nav.breadcrumbs")).ToBeHiddenAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Udskriv kvitteringen" })).ToBeVisibleAsync();

        var json = await DownloadJsonAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Hent kvitteringen som fil (JSON)" }));
        Assert.Equal("KI-CR-v1.1.0", json.GetProperty("version").GetString());
        Assert.Equal("DK", json.GetProperty("jurisdiction").GetString());
        Assert.Equal(receiptId, json.GetProperty("consentReceiptID").GetString());
        Assert.Equal(inger.ToString(), json.GetProperty("piiPrincipalId").GetString());
        Assert.True(json.GetProperty("consentTimestamp").GetInt64() > 0);
        Assert.Equal("Hvidovre Kommune", json.GetProperty("piiControllers")[0].GetProperty("piiController").GetString());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("recordedBy").GetString()));
        Assert.True(json.TryGetProperty("validity", out _));
        var finances = Purposes(json)["Finances"];
        Assert.Equal("KeptOut", finances.GetProperty("level").GetString());
        Assert.Equal("CitizenConsent", finances.GetProperty("legalBasis").GetString());
        Assert.Equal("until-withdrawn", finances.GetProperty("termination").GetString());
        Assert.True(Purposes(json)["HealthAndCare"].GetProperty("thirdPartyDisclosure").GetBoolean());

        // The relative gets a receipt of what they may follow — without the topic they are kept out of.
        await using var relativeContext = await portal.NewContextAsync();
        var relative = await relativeContext.NewPageAsync();
        await SignIn.AsAsync(relative, DemoRole.Relative);
        await relative.GotoAsync($"/Relatives/Citizen/{inger}");
        await relative.Locator("[data-relative-receipt]").ClickAsync();
        var relativesCopy = await DownloadJsonAsync(relative, relative.GetByRole(AriaRole.Link, new() { Name = "Hent kvitteringen som fil (JSON)" }));
        Assert.Equal("Mette Testrup", relativesCopy.GetProperty("recipients")[0].GetProperty("name").GetString());
        Assert.False(Purposes(relativesCopy).ContainsKey("Finances"));
        Assert.Equal("Involved", Purposes(relativesCopy)["DailyLife"].GetProperty("level").GetString());
    }

    [Fact]
    public async Task My_data_reads_as_a_page_and_downloads_as_json_for_the_citizen_the_relative_and_staff_on_request()
    {
        var inger = await CitizenIdAsync();
        await using var context = await portal.NewContextAsync();

        var citizen = await context.NewPageAsync();
        await SignIn.AsAsync(citizen, DemoRole.Citizen);
        await citizen.Locator("[data-my-data]").ClickAsync();
        await Assertions.Expect(citizen.GetByRole(AriaRole.Heading, new() { Name = "Mine data", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(citizen.Locator("[data-personal-data] [data-table='Relations'] + table, [data-personal-data] [data-table='Relations'] ~ div table").First).ToContainTextAsync("Mette Testrup");
        var own = await DownloadJsonAsync(citizen, citizen.GetByRole(AriaRole.Link, new() { Name = "Hent alt som fil (JSON)" }));
        Assert.Equal(("Citizen", inger.ToString()), (own.GetProperty("subject").GetString(), own.GetProperty("subjectId").GetString()));
        Assert.Equal("Inger", own.GetProperty("tables").GetProperty("Citizens")[0].GetProperty("FirstName").GetString());
        Assert.True(own.GetProperty("tables").GetProperty("ConsentRecords").GetArrayLength() > 0);
        Assert.True(own.GetProperty("tables").TryGetProperty("CitizenInvitations", out _));
        await context.ClearCookiesAsync();

        var relative = await context.NewPageAsync();
        await SignIn.AsAsync(relative, DemoRole.Relative);
        await relative.Locator("[data-my-data]").ClickAsync();
        await Assertions.Expect(relative.GetByRole(AriaRole.Heading, new() { Name = "Mine data", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(relative.Locator("[data-personal-data]")).ToContainTextAsync(DemoAccounts.Relative);
        var relatives = await DownloadJsonAsync(relative, relative.GetByRole(AriaRole.Link, new() { Name = "Hent alt som fil (JSON)" }));
        Assert.Equal("Relative", relatives.GetProperty("subject").GetString());
        Assert.Equal(DemoAccounts.Relative, relatives.GetProperty("tables").GetProperty("People")[0].GetProperty("Email").GetString());
        Assert.Equal(0, relatives.GetProperty("tables").GetProperty("Citizens").GetArrayLength());
        Assert.Equal(2, relatives.GetProperty("tables").GetProperty("Relations").GetArrayLength());
        await context.ClearCookiesAsync();

        var staff = await context.NewPageAsync();
        await SignIn.AsAsync(staff, DemoRole.Staff);
        await staff.GotoAsync($"/Staff/Citizens/{inger}");
        await staff.Locator("[data-citizen-data]").ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Data om Inger Prøvesen", Level = 1 })).ToBeVisibleAsync();
        var onRequest = await DownloadJsonAsync(staff, staff.GetByRole(AriaRole.Link, new() { Name = "Hent som fil (JSON)" }));
        Assert.Equal(inger.ToString(), onRequest.GetProperty("subjectId").GetString());
        Assert.Equal(
            own.GetProperty("tables").GetProperty("Relations").EnumerateArray().Select(r => r.GetProperty("Id").GetString()).Order(),
            onRequest.GetProperty("tables").GetProperty("Relations").EnumerateArray().Select(r => r.GetProperty("Id").GetString()).Order());
    }

    private static async Task<JsonElement> DownloadJsonAsync(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.EndsWith(".json", download.SuggestedFilename, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!));
        return json.RootElement.Clone();
    }

    private static Dictionary<string, JsonElement> Purposes(JsonElement receipt) =>
        receipt.GetProperty("services")[0].GetProperty("purposes").EnumerateArray()
            .ToDictionary(p => p.GetProperty("purpose").GetString()!, p => p);

    /// <summary>The rows of "who looked" since a moment, as the citizen reads them: who, which topic, when.</summary>
    /// <summary>The visits in "who looked" whose last read is at or after the moment, with their topics as shown.</summary>
    private static async Task<List<(string Who, string[] Topics, DateTime LastRead)>> VisitsSinceAsync(IPage page, DateTime sinceUtc)
    {
        var rows = new List<(string, string[], DateTime)>();
        foreach (var row in await page.Locator("tbody tr[data-person]").AllAsync())
        {
            var cells = await row.Locator("td").AllInnerTextsAsync();
            var lastRead = DateTime.Parse(
                (await row.Locator("time").Last.GetAttributeAsync("datetime"))!, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
            if (lastRead >= sinceUtc)
            {
                rows.Add((cells[1].Trim(), cells[2].Split(", ", StringSplitOptions.TrimEntries), lastRead));
            }
        }

        return rows;
    }

    private Task<Guid> CitizenIdAsync() =>
        WithDbAsync(portal, db => db.Citizens.Where(c => c.FirstName == "Inger" && c.LastName == "Prøvesen").Select(c => c.Id).SingleAsync());

    /// <summary>Gives the topic back as the demo had it, so the tests after this one find the demo people unchanged.</summary>
    private async Task RestoreAsync(Guid citizenId, Guid relationId, ConsentTopic topic, ConsentLevel level)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Paaroerende.Core.Data.PortalDbContext>();
        var citizenUser = await db.Users.Where(u => u.CitizenId == citizenId).Select(u => u.Id).SingleAsync();
        await scope.ServiceProvider.GetRequiredService<CitizenConsents>()
            .RecordAsync(citizenUser, citizenId, relationId, [new CitizenTopicChoice(topic, level)]);
    }
}
