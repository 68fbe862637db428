using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Demo;
using Paaroerende.Core.Relatives;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Performance;

/// <summary>
/// Issue #7's budget: a page a relative opens sends at most three SQL commands, counting everything the request does
/// (the cookie's account check, the access filter, the consent gate, the page, the audit insert). The pages are
/// discovered from the app, so a new relatives' page is counted without anyone listing it.
/// </summary>
public sealed class SqlCommandBudgetTests
{
    private const int Budget = 3;

    private const string NotAnswered = "answered";

    /// <summary>
    /// Pages that still miss the budget, with the most commands measured on either database (2026-11-25). This is a
    /// ratchet, not a second budget: the target stays three and issue #7 stays open for these pages
    /// (docs/performance.md). A listed page may not get worse, and once it meets the budget the test asks for its
    /// line to be removed, so the list can only shrink.
    /// </summary>
    private static readonly Dictionary<string, int> KnownOverBudget = new(StringComparer.Ordinal)
    {
        ["/Relatives/MyData"] = 11,
    };

    /// <summary>General pages a signed-in relative opens besides the relatives' area.</summary>
    private static readonly string[] GeneralPagePrefixes = ["/Index", "/Information", "/Kontakt", "/Tilgaengelighed"];

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_page_a_relative_opens_sends_at_most_three_sql_commands(string provider)
    {
        await using var factory = await PortalFactory.CreateAsync(provider, services: SqlCommandCounter.Register);
        var counter = factory.Services.GetRequiredService<SqlCommandCounter>();
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        await GiveTheDemoRelativeAThirdCitizenAsync(factory, inger);
        using var mette = await factory.SignInAsAsync(DemoAccounts.Relative);
        var paths = await PathsAsync(factory, inger);
        Assert.Contains(paths, p => p.Path == "/Relatives");
        Assert.Contains(paths, p => p.Path == $"/Relatives/Citizen/{inger}");
        Assert.All(KnownOverBudget.Keys, t => Assert.Contains(paths, p => p.Template == t));

        var overBudget = new List<string>();
        foreach (var (template, path) in paths)
        {
            var commands = await CountAsync(mette, counter, factory.Logs, path);
            var allowed = KnownOverBudget.GetValueOrDefault(template, Budget);
            if (commands[0].StartsWith(NotAnswered, StringComparison.Ordinal))
            {
                overBudget.Add($"{path}: {commands[0]}"); // a page that fails is not within any budget
            }
            else if (commands.Count > allowed)
            {
                overBudget.Add($"{path}: {commands.Count} commands (allowed {allowed})\n  " + string.Join("\n  ", commands.Select(OneLine)));
            }
            else if (allowed > Budget && commands.Count <= Budget)
            {
                overBudget.Add($"{path} now meets the budget ({commands.Count}): remove {template} from {nameof(KnownOverBudget)}");
            }
        }

        Assert.True(overBudget.Count == 0, $"Over {Budget} SQL commands ({provider}):\n" + string.Join("\n", overBudget));
    }

    private static async Task<IReadOnlyList<string>> CountAsync(HttpClient client, SqlCommandCounter counter, CapturingLoggerProvider logs, string path)
    {
        var requestId = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add(SqlCommandCounter.RequestHeader, requestId);
        using var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var error = logs.Lines.LastOrDefault(l => l.StartsWith("Error", StringComparison.Ordinal)) ?? "";
            return [$"{NotAnswered} {(int)response.StatusCode} {error[..Math.Min(error.Length, 400)]}"];
        }

        var commands = await Eventually.HappensAsync(
            () => Task.FromResult(counter.CommandsOf(requestId)), $"the request to {path} to finish");
        return commands;
    }

    internal static async Task<IReadOnlyList<(string Template, string Path)>> PathsAsync(PortalFactory factory, Guid citizenId)
    {
        var article = await factory.WithDbAsync(db => db.InformationPages
            .Where(p => p.Municipality!.Slug == "hvidovre")
            .Select(p => new { Municipality = p.Municipality!.Slug, p.Slug })
            .FirstAsync());
        var pages = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(x => x.Page is not null && (x.Page.ViewEnginePath.StartsWith("/Relatives/", StringComparison.Ordinal)
                || GeneralPagePrefixes.Any(p => x.Page.ViewEnginePath.StartsWith(p, StringComparison.Ordinal))))
            .Select(x => "/" + x.Endpoint.RoutePattern.RawText!.TrimStart('/'))
            .Distinct();
        return pages
            .Select(t => (t, RelativeRoutes.WithCitizen(t, citizenId)
                .Replace("{municipality}", article.Municipality, StringComparison.Ordinal)
                .Replace("{slug}", article.Slug, StringComparison.Ordinal)))
            .OrderBy(p => p.Item2, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Mette follows Inger and Bent; a third citizen makes a per-citizen loop on the start page show.</summary>
    internal static Task<int> GiveTheDemoRelativeAThirdCitizenAsync(PortalFactory factory, Guid inger) =>
        factory.WithDbAsync(async db =>
        {
            var metteInHvidovre = await db.Relations.Where(r => r.CitizenId == inger && r.Person!.Email == DemoAccounts.Relative)
                .Select(r => r.PersonId).SingleAsync();
            var unit = await db.Citizens.Where(c => c.Id == inger).Select(c => c.UnitId).SingleAsync();
            var other = await db.Citizens.Where(c => c.UnitId == unit && c.Id != inger).Select(c => c.Id).FirstAsync();
            var now = factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1);
            var relation = new Relation
            {
                Id = Guid.NewGuid(), CitizenId = other, PersonId = metteInHvidovre, Kind = RelationKind.Sibling,
                NominationMethod = HowGiven.Written, RecordedAtUtc = now, RecordedByUserId = "test",
            };
            db.Relations.Add(relation);
            db.ConsentRecords.Add(new ConsentRecord
            {
                Id = Guid.NewGuid(), RelationId = relation.Id, Topic = ConsentTopic.DailyLife, Level = ConsentLevel.Informed,
                Basis = ConsentBasis.CitizenConsent, GivenHow = HowGiven.Oral, ValidFromUtc = now, RecordedAtUtc = now,
                RecordedByUserId = "test",
            });
            await db.SaveChangesAsync();
            return 0;
        });

    private static string OneLine(string sql) =>
        string.Join(' ', sql.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries)) is var line && line.Length > 300
            ? line[..300] + "…"
            : line;
}
