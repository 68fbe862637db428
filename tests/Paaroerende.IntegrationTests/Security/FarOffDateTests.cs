using System.Net;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Security;

/// <summary>
/// A date filter given the first or the last day a date can hold (typed, or from an old link) answers with a page, never
/// a server error, and says which year to check: a day's end is the next day's start, and the day after 31 December 9999 does not exist.
/// </summary>
public sealed class FarOffDateTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private static readonly string[] Days = ["0001-01-01", "9999-12-31"];

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_date_filter_answers_the_first_and_the_last_day_a_date_can_hold_with_a_page(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        using var citizen = await factory.SignInAsAsync(DemoAccounts.Citizen);
        using var staff = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var admin = await factory.SignInAsAsync(DemoAccounts.Administrator);
        var filters = new List<(HttpClient Client, string Url)>();
        foreach (var day in Days)
        {
            foreach (var field in new[] { "Filter.From", "Filter.To" })
            {
                filters.Add((citizen, $"/Citizen/WhoLooked?{field}={day}"));
                filters.Add((staff, $"/Staff/Citizens/{inger}/Audit?{field}={day}"));
                filters.Add((admin, $"/Admin/Audit?{field}={day}"));
            }

            filters.Add((staff, $"/Staff/Citizens/{inger}?AtDate={day}&AtTime=23:59"));
            filters.Add((staff, $"/Staff/Citizens/{inger}?AtDate={day}&AtTime=00:00"));
        }

        var failures = new List<string>();
        foreach (var (client, url) in filters)
        {
            using var response = await client.GetAsync(url);
            var body = (await HtmlForms.ParseAsync(response)).Body?.TextContent ?? "";
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{url}: {(int)response.StatusCode}");
            }
            else if (!body.Contains("datoen skal ligge mellem år 1900 og 2199", StringComparison.Ordinal))
            {
                failures.Add($"{url}: no word of the year to check");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
