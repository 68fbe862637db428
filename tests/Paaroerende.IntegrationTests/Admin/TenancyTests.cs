using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Data;
using Paaroerende.Demo;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Admin;

/// <summary>
/// Ishøj's administrator against everything of Hvidovre's, through every administrator route the app has: each
/// handler, GET and POST, with each of Hvidovre's ids in every place an id can go, must answer 404 — the answer for an
/// id that does not exist — and change nothing.
/// </summary>
public class TenancyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_admin_route_answers_404_to_Ishoejs_administrator_for_every_Hvidovre_id_and_changes_nothing(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var ids = await HvidovreData.IdsAsync(factory);
        using var ishoej = await factory.SignInAsAsync(DemoAccounts.IshoejAdministrator);
        var token = await ishoej.TokenAsync();
        var before = await HvidovreStateAsync(factory);
        var handlers = (await AdminRoutes.DiscoverAsync(factory)).Where(h => h.TakesIds).ToList();

        var answers = new List<string>();
        foreach (var handler in handlers)
        {
            foreach (var (kind, id) in ids)
            {
                foreach (var withRouteId in RouteVariants(handler))
                {
                    using var response = await SendAsync(ishoej, handler, id, withRouteId, token);
                    if (response.StatusCode != HttpStatusCode.NotFound)
                    {
                        answers.Add($"{handler} with Hvidovre's {kind}{(withRouteId ? "" : " (no route id)")}: {(int)response.StatusCode}");
                    }
                }
            }
        }

        Assert.True(handlers.Count >= 30, $"Only {handlers.Count} admin handlers with ids were found.");
        Assert.Empty(answers);
        Assert.Equal(before, await HvidovreStateAsync(factory));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Admin_pages_without_ids_show_Ishoejs_administrator_nothing_of_Hvidovres(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var ishoej = await factory.SignInAsAsync(DemoAccounts.IshoejAdministrator);
        var pages = (await AdminRoutes.DiscoverAsync(factory))
            .Where(h => h.HttpMethod == "GET" && h.Name is null && h.RouteIds.All(r => r.IsOptional) && h.ParameterIds.Count == 0)
            .Select(h => AdminRoutes.Fill(h.Template, null))
            .Distinct()
            .ToList();

        var leaks = new List<string>();
        foreach (var url in pages)
        {
            using var response = await ishoej.GetAsync(new Uri(url, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK || body.Contains("hvidovre", StringComparison.OrdinalIgnoreCase))
            {
                leaks.Add($"{url}: {(int)response.StatusCode}");
            }
        }

        Assert.Contains("/Admin/Directory/Export", pages);
        Assert.Empty(leaks);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Every_admin_route_sends_anonymous_visitors_to_sign_in_and_relatives_to_access_denied(string provider)
    {
        var factory = await portal.ForAsync(provider);
        using var anonymous = factory.CreateBrowserLikeClient();
        using var relative = await factory.SignInAsAsync(DemoAccounts.Relative);
        var urls = (await AdminRoutes.DiscoverAsync(factory)).Select(h => AdminRoutes.Fill(h.Template, Guid.NewGuid().ToString())).Distinct();

        var wrong = new List<string>();
        foreach (var url in urls)
        {
            using var asAnonymous = await anonymous.GetAsync(new Uri(url, UriKind.Relative));
            using var asRelative = await relative.GetAsync(new Uri(url, UriKind.Relative));
            if (asAnonymous.Headers.Location?.PathAndQueryOrOriginal().StartsWith("/Account/Login", StringComparison.Ordinal) != true)
            {
                wrong.Add($"anonymous {url}: {(int)asAnonymous.StatusCode} {asAnonymous.Headers.Location}");
            }

            if (asRelative.Headers.Location?.PathAndQueryOrOriginal().StartsWith("/Account/AccessDenied", StringComparison.Ordinal) != true)
            {
                wrong.Add($"relative {url}: {(int)asRelative.StatusCode} {asRelative.Headers.Location}");
            }
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_route_discovery_finds_the_editors_and_their_handlers(string provider)
    {
        var factory = await portal.ForAsync(provider);

        var handlers = (await AdminRoutes.DiscoverAsync(factory)).Select(h => h.ToString()).ToList();

        Assert.Contains("POST /Admin/Directory/Contact/{id:guid?}", handlers);
        Assert.Contains("POST /Admin/Directory/Contact/{id:guid?}?handler=Move", handlers);
        Assert.Contains("POST /Admin/Staff/Edit/{id:guid}?handler=Deactivate", handlers);
        Assert.Contains("GET /Admin/Directory/Export", handlers);
    }

    private static IEnumerable<bool> RouteVariants(AdminHandler handler) =>
        handler.RouteIds.Count == 0 ? [false]
        : handler.RouteIds.All(r => r.IsOptional) && (handler.ParameterIds.Count > 0 || (handler.HttpMethod == "POST" && handler.BoundIds.Count > 0))
            ? [true, false]
            : [true];

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, AdminHandler handler, string id, bool withRouteId, string token)
    {
        var query = handler.ParameterIds.Select(p => $"{p}={id}").ToList();
        if (handler.Name is not null)
        {
            query.Insert(0, $"handler={handler.Name}");
        }

        var url = AdminRoutes.Fill(handler.Template, withRouteId ? id : null) + (query.Count == 0 ? "" : "?" + string.Join('&', query));
        if (handler.HttpMethod == "GET")
        {
            return await client.GetAsync(new Uri(url, UriKind.Relative));
        }

        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token) };
        fields.AddRange(handler.BoundIds.Concat(handler.ParameterIds).Select(name => new KeyValuePair<string, string>(name, id)));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>Everything of Hvidovre's that an administrator can change, as one comparable text.</summary>
    private static async Task<string> HvidovreStateAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var hvidovre = await db.Municipalities.Where(m => m.Slug == "hvidovre").Select(m => m.Id).SingleAsync();
        var rows = await Core.ContactDirectory.DirectoryExport.RowsAsync(db, hvidovre);
        var counts = new[]
        {
            await db.Offers.CountAsync(o => o.MunicipalityId == hvidovre),
            await db.RelativesCouncils.CountAsync(c => c.MunicipalityId == hvidovre),
            await db.CouncilMeetings.CountAsync(m => m.Council!.MunicipalityId == hvidovre),
            await db.CouncilMeetingAttachments.CountAsync(),
            await db.InformationPages.CountAsync(p => p.MunicipalityId == hvidovre),
            await db.Units.CountAsync(u => u.MunicipalityId == hvidovre),
            await db.Users.CountAsync(u => u.MunicipalityId == hvidovre && u.DeactivatedAtUtc == null),
            await db.StaffUnitAssignments.CountAsync(a => a.Unit!.MunicipalityId == hvidovre),
            await db.AdminAuditEntries.CountAsync(),
        };
        return string.Join('\n', rows.Select(r => r.ToString())) + "\n" + string.Join(',', counts);
    }
}
