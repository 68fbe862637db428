using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Web.Access;
using Paaroerende.Web.Staff;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>The staff pages as the app itself knows them, so a new page is tested without anyone listing it.</summary>
public static class StaffRoutes
{
    public sealed record StaffRoute(string Template, bool IsOverview, bool IsGuarded);

    public static async Task<IReadOnlyList<StaffRoute>> DiscoverAsync(PortalFactory factory)
    {
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(x => x.Page is not null && x.Page.ViewEnginePath.StartsWith("/Staff/", StringComparison.Ordinal));

        var routes = new List<StaffRoute>();
        foreach (var (endpoint, page) in endpoints)
        {
            // Pages compile lazily; loading the descriptor gives the page model's type and filters.
            var compiled = await loader.LoadAsync(page!, endpoint.Metadata);
            routes.Add(new StaffRoute(
                "/" + endpoint.RoutePattern.RawText!.TrimStart('/'),
                compiled.ModelTypeInfo?.IsDefined(typeof(OverviewPageAttribute), inherit: false) == true,
                compiled.FilterDescriptors.Any(f => f.Filter is ServiceFilterAttribute { ServiceType: var t } && t == typeof(StaffAccessFilter))));
        }

        return routes.DistinctBy(r => r.Template).ToList();
    }

    /// <summary>
    /// The address for the citizen and relation; a thread or an item (an update, a news item: <c>{id}</c>) in the route is
    /// the given one, or one that does not exist. A route parameter this does not know fails the test, so a new page's
    /// route cannot go untested as a 404.
    /// </summary>
    public static string Fill(string template, Guid citizenId, Guid relationId, Guid? threadId = null, Guid? itemId = null)
    {
        var address = template.Replace("{citizenId:guid}", citizenId.ToString(), StringComparison.Ordinal)
            .Replace("{relationId:guid}", relationId.ToString(), StringComparison.Ordinal)
            .Replace("{threadId:guid}", (threadId ?? Guid.NewGuid()).ToString(), StringComparison.Ordinal)
            .Replace("{id:guid}", (itemId ?? Guid.NewGuid()).ToString(), StringComparison.Ordinal);
        return address.Contains('{', StringComparison.Ordinal)
            ? throw new InvalidOperationException($"StaffRoutes.Fill does not know a parameter of {template}.")
            : address;
    }
}
