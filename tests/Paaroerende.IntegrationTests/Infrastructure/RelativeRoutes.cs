using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Web.Access;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>The relatives' pages as the app itself knows them, so a new page is tested without anyone listing it.</summary>
public static class RelativeRoutes
{
    public static IReadOnlyList<(string Template, bool IsOverview)> Discover(PortalFactory factory)
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        return endpoints
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(x => x.Page is not null && x.Page.ViewEnginePath.StartsWith("/Relatives/", StringComparison.Ordinal))
            .Select(x => (
                Template: "/" + x.Endpoint.RoutePattern.RawText!.TrimStart('/'),
                IsOverview: x.Endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>()?.ModelTypeInfo?
                    .IsDefined(typeof(OverviewPageAttribute), inherit: false) == true
                    || x.Endpoint.Metadata.OfType<OverviewPageAttribute>().Any()))
            .DistinctBy(x => x.Template)
            .ToList();
    }

    /// <summary>
    /// The address for the citizen; a thread, event, meeting or item (an attachment) in the route is the given one, or one
    /// that does not exist. A route parameter this does not know fails the test, so a new page's route cannot go untested
    /// as a 404.
    /// </summary>
    public static string WithCitizen(
        string template, Guid citizenId, Guid? threadId = null, Guid? eventId = null, Guid? meetingId = null, Guid? itemId = null)
    {
        var address = template.Replace("{citizenId:guid}", citizenId.ToString(), StringComparison.Ordinal)
            .Replace("{citizenId}", citizenId.ToString(), StringComparison.Ordinal)
            .Replace("{threadId:guid}", (threadId ?? Guid.NewGuid()).ToString(), StringComparison.Ordinal)
            .Replace("{eventId:guid}", (eventId ?? Guid.NewGuid()).ToString(), StringComparison.Ordinal)
            .Replace("{meetingId:guid}", (meetingId ?? Guid.NewGuid()).ToString(), StringComparison.Ordinal)
            .Replace("{id:guid}", (itemId ?? Guid.NewGuid()).ToString(), StringComparison.Ordinal);
        return address.Contains("{citizenId", StringComparison.Ordinal) || address.Contains("Id:guid}", StringComparison.Ordinal)
            || address.Contains("{id", StringComparison.Ordinal)
            ? throw new InvalidOperationException($"RelativeRoutes.WithCitizen does not know a parameter of {template}.")
            : address;
    }
}
