using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>
/// Every administrator page and handler as the app itself knows them (endpoints, handler methods, bound properties),
/// so a new editor is tested for tenancy without anyone listing it. For each handler it names every input that can
/// carry an id: route values, handler parameters and properties of the bound input model that are Guids or ids.
/// </summary>
public static partial class AdminRoutes
{
    public static async Task<IReadOnlyList<AdminHandler>> DiscoverAsync(PortalFactory factory)
    {
        var services = factory.Services;
        var loader = services.GetRequiredService<PageLoader>();
        var handlers = new List<AdminHandler>();
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath.StartsWith("/Admin/", StringComparison.Ordinal) == true)
            .DistinctBy(e => e.RoutePattern.RawText);
        foreach (var endpoint in endpoints)
        {
            var descriptor = endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>()
                ?? await loader.LoadAsync(endpoint.Metadata.GetMetadata<PageActionDescriptor>()!, endpoint.Metadata);
            var template = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var routeIds = endpoint.RoutePattern.Parameters.Select(p => (p.Name, p.IsOptional)).ToList();
            var boundIds = descriptor.BoundProperties
                .SelectMany(p => IdInputs(p.Name, p.ParameterType, p.BindingInfo?.BinderModelName))
                .ToList();
            foreach (var handler in descriptor.HandlerMethods)
            {
                var parameterIds = handler.Parameters
                    .Where(p => IsIdType(p.ParameterType) && routeIds.All(r => r.Name != p.Name))
                    .Select(p => p.Name)
                    .ToList();
                handlers.Add(new AdminHandler(template, descriptor.ViewEnginePath, handler.HttpMethod.ToUpperInvariant(), handler.Name, routeIds, parameterIds, boundIds));
            }
        }

        return handlers;
    }

    private static IEnumerable<string> IdInputs(string name, Type type, string? modelName)
    {
        var prefix = modelName ?? name;
        if (IsIdType(type))
        {
            return [prefix];
        }

        if (type.IsClass && type != typeof(string) && !typeof(IFormFile).IsAssignableFrom(type))
        {
            return type.GetProperties().Where(p => IsIdType(p.PropertyType)).Select(p => $"{prefix}.{p.Name}");
        }

        return [];
    }

    private static bool IsIdType(Type type) =>
        type == typeof(Guid) || type == typeof(Guid?) || typeof(IEnumerable<Guid>).IsAssignableFrom(type);

    [GeneratedRegex(@"\{(?<name>\w+)(:[^}?]*)?\??\}")]
    private static partial Regex RouteParameter();

    /// <summary>The address with every route parameter set to the id, or optional ones left out.</summary>
    public static string Fill(string template, string? id) =>
        RouteParameter().Replace(template, _ => id ?? "").TrimEnd('/');
}

/// <param name="RouteIds">Route parameters (all of them carry ids in the admin area).</param>
/// <param name="ParameterIds">Handler parameters that take ids and are not in the route (query or form).</param>
/// <param name="BoundIds">Bound properties that take ids, e.g. "Input.CategoryId".</param>
public sealed record AdminHandler(
    string Template, string ViewEnginePath, string HttpMethod, string? Name,
    IReadOnlyList<(string Name, bool IsOptional)> RouteIds, IReadOnlyList<string> ParameterIds, IReadOnlyList<string> BoundIds)
{
    public bool TakesIds => RouteIds.Count > 0 || ParameterIds.Count > 0 || (HttpMethod == "POST" && BoundIds.Count > 0);

    public override string ToString() => $"{HttpMethod} {Template}{(Name is null ? "" : "?handler=" + Name)}";
}
