using System.Net;
using Microsoft.EntityFrameworkCore;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;
using static Paaroerende.IntegrationTests.CitizenArea.CitizenWorld;

namespace Paaroerende.IntegrationTests.Notifications;

/// <summary>The settings pages: off by default, saved on submit, said so in Danish, and each user sees only their own.</summary>
public class NotificationSettingsPagesTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_relative_turns_the_daily_digest_on_and_off(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory);
        using var relative = await world.SignInAsRelativeAsync(factory);

        var start = await relative.GetDocumentAsync("/Relatives");
        Assert.StartsWith("Mails fra portalen", start.QuerySelector("a[data-notifications]")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Mine data", start.QuerySelector("a[data-my-data]")!.TextContent, StringComparison.Ordinal);
        var page = await relative.GetDocumentAsync("/Relatives/Notifications");
        Assert.False(Checked(page, "[data-daily-digest]"));
        using var on = await relative.SubmitAsync(page, new Dictionary<string, string> { ["Input.DailyDigest"] = "true" });
        var saved = await relative.GetDocumentAsync(on.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        Assert.Contains("Dit valg er gemt", saved.QuerySelector("[data-saved]")!.TextContent, StringComparison.Ordinal);
        Assert.True(Checked(saved, "[data-daily-digest]"));
        var userId = await factory.UserIdAsync(world.RelativeEmail);
        Assert.True(await factory.WithDbAsync(db => db.NotificationPreferences.Where(p => p.UserId == userId).Select(p => p.DailyDigest).SingleAsync()));

        using var off = await relative.SubmitAsync(saved, new Dictionary<string, string> { ["Input.DailyDigest"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.NotificationPreferences.Where(p => p.UserId == userId).Select(p => p.DailyDigest).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_citizen_turns_read_alerts_on_and_the_start_page_links_to_the_choice(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory);
        using var citizen = await world.SignInAsCitizenAsync(factory);

        var start = await citizen.GetDocumentAsync("/Citizen");
        Assert.Equal("/Citizen/Notifications", start.QuerySelector("[data-notifications]")!.GetAttribute("href"));
        var page = await citizen.GetDocumentAsync("/Citizen/Notifications");
        Assert.False(Checked(page, "[data-read-alerts]"));
        using var on = await citizen.SubmitAsync(page, new Dictionary<string, string> { ["Input.ReadAlerts"] = "true" });
        var saved = await citizen.GetDocumentAsync(on.Headers.Location!.OriginalString);

        Assert.True(Checked(saved, "[data-read-alerts]"));
        Assert.True(await factory.WithDbAsync(db => db.NotificationPreferences.Where(p => p.UserId == world.CitizenUserId).Select(p => p.ReadAlerts).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_relative_cannot_open_the_citizens_settings_page(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var world = await CreateAsync(factory);
        using var relative = await world.SignInAsRelativeAsync(factory);

        using var response = await relative.GetAsync(new Uri("/Citizen/Notifications", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static bool Checked(AngleSharp.Html.Dom.IHtmlDocument page, string selector) =>
        ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector(selector)!).IsChecked;
}
