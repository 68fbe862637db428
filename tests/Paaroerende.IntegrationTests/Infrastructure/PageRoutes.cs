using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>
/// Every page handler of the whole portal as the app itself knows them, so a new form is covered by the security
/// tests without anyone listing it.
/// </summary>
public static class PageRoutes
{
    public static async Task<IReadOnlyList<PageHandler>> DiscoverAsync(PortalFactory factory)
    {
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .DistinctBy(e => e.RoutePattern.RawText);
        var handlers = new List<PageHandler>();
        foreach (var endpoint in endpoints)
        {
            var descriptor = endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>()
                ?? await loader.LoadAsync(endpoint.Metadata.GetMetadata<PageActionDescriptor>()!, endpoint.Metadata);
            var model = descriptor.ModelTypeInfo?.AsType();
            var allowsAnonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
                || model?.IsDefined(typeof(AllowAnonymousAttribute), inherit: true) == true;
            var ignoresAntiforgery = model?.IsDefined(typeof(IgnoreAntiforgeryTokenAttribute), inherit: true) == true;
            var template = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var required = endpoint.RoutePattern.Parameters.Where(p => !p.IsOptional).Select(p => p.Name).ToList();
            foreach (var handler in descriptor.HandlerMethods)
            {
                handlers.Add(new PageHandler(template, descriptor.ViewEnginePath, handler.HttpMethod.ToUpperInvariant(),
                    handler.Name, required, allowsAnonymous, ignoresAntiforgery,
                    descriptor.BoundProperties.Select(p => (p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType)).ToList()));
            }
        }

        return handlers;
    }

    /// <summary>The address with every route parameter set to the given value, and the handler's name.</summary>
    public static string Fill(PageHandler handler, string value) =>
        AdminRoutes.Fill(handler.Template, "\u0000").Replace("\u0000", value, StringComparison.Ordinal)
        + (handler.Name is null ? "" : "?handler=" + handler.Name);
}

public sealed record PageHandler(
    string Template, string ViewEnginePath, string HttpMethod, string? Name, IReadOnlyList<string> RequiredRouteValues,
    bool AllowsAnonymous, bool IgnoresAntiforgery, IReadOnlyList<(string Name, Type Type)> BoundProperties)
{
    /// <summary>The role folder the page sits in (Admin, Staff, Relatives, Citizen), or null for the shared pages.</summary>
    public string? Area => ViewEnginePath.Split('/', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } parts
        && parts[0] is "Admin" or "Staff" or "Relatives" or "Citizen" ? parts[0] : null;

    public override string ToString() => $"{HttpMethod} {Template}{(Name is null ? "" : "?handler=" + Name)}";
}
