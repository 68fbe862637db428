using System.Net;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Security;

/// <summary>
/// Every list that pages (<c>?side=</c>) answers any page number a person can type or a link can carry, however far off,
/// with a page: never a server error. A page number times the page's size once overflowed into a negative OFFSET, which
/// SQLite reads as none (the first page again) and PostgreSQL refuses (a 500).
/// </summary>
public sealed class PageNumberTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private static readonly string[] Numbers = ["0", "-3", "2", "999", "214748365", "429496730", "2147483647", "-2147483648"];

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_paged_list_answers_a_page_number_however_far_off_with_a_page(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var jensRelation = await factory.RelationIdAsync(inger, DemoAccounts.SecondRelative);
        using var mette = await factory.SignInAsAsync(DemoAccounts.Relative);
        using var citizen = await factory.SignInAsAsync(DemoAccounts.Citizen);
        using var staff = await factory.SignInAsAsync(DemoAccounts.Staff);
        var lists = new (HttpClient Client, string Path)[]
        {
            (mette, $"/Relatives/Citizen/{inger}"),
            (mette, $"/Relatives/Citizen/{inger}/News"),
            (citizen, $"/Citizen/Relations/{jensRelation}/Preview"),
            (citizen, "/Citizen/WhoLooked"),
            (staff, "/Staff"),
            (staff, $"/Staff/Citizens/{inger}/Audit"),
            (staff, $"/Staff/Citizens/{inger}/Updates"),
            (staff, "/Staff/News"),
            (staff, "/Staff/Messages"),
            (staff, "/Staff/Requests"),
        };

        var failures = new List<string>();
        foreach (var (client, path) in lists)
        {
            foreach (var number in Numbers)
            {
                using var response = await client.GetAsync($"{path}?side={number}");
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"{path}?side={number}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_page_far_beyond_the_last_shows_no_updates_rather_than_the_first_page_again(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        using var mette = await factory.SignInAsAsync(DemoAccounts.Relative);

        var first = await mette.GetDocumentAsync($"/Relatives/Citizen/{inger}");
        var farOff = await mette.GetDocumentAsync($"/Relatives/Citizen/{inger}?side=429496730");

        Assert.NotEmpty(first.QuerySelectorAll("article[data-topic]"));
        Assert.Empty(farOff.QuerySelectorAll("article[data-topic]"));
    }
}
