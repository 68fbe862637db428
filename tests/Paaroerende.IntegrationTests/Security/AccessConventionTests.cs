using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.Web.Access;

namespace Paaroerende.IntegrationTests.Security;

/// <summary>
/// Who may open a page is said in one place (<see cref="PortalAreas"/>) and reaches every page of an area by folder
/// convention: these tests read the pages from the app itself, so a page added tomorrow is checked without anyone
/// listing it. The route-discovering tests per area (TenancyTests, RelativeAreaTests, CitizenRoutesTests) then show
/// that each filter answers someone else's id exactly as an id that does not exist.
/// </summary>
public class AccessConventionTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Every_page_of_every_area_has_its_areas_access_filter_and_role()
    {
        var pages = await CompiledPagesAsync();

        Assert.Equal(["/Admin", "/Citizen", "/Relatives", "/Staff"], PortalAreas.All.Select(a => a.Folder).Order());
        foreach (var area in PortalAreas.All)
        {
            var inArea = pages.Where(p => p.Page.ViewEnginePath.StartsWith(area.Folder + "/", StringComparison.Ordinal)).ToList();
            Assert.True(inArea.Count >= 3, $"{area.Folder} has {inArea.Count} pages");
            Assert.All(inArea, p =>
            {
                var filters = p.Page.FilterDescriptors.Select(f => f.Filter).OfType<ServiceFilterAttribute>()
                    .Where(f => typeof(AccessFilter).IsAssignableFrom(f.ServiceType)).Select(f => f.ServiceType).ToList();
                Assert.True(filters.SequenceEqual([area.AccessFilter]), $"{p.Page.ViewEnginePath}: [{string.Join(", ", filters)}]");
                Assert.Contains(p.Endpoint.Metadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>(), a => a.Policy == area.Role);
            });
        }
    }

    [Fact]
    public async Task A_relatives_or_staff_page_names_a_citizen_in_its_route_unless_it_is_an_overview()
    {
        var pages = await CompiledPagesAsync();

        var about = pages.Where(p => p.Page.ViewEnginePath.StartsWith("/Relatives/", StringComparison.Ordinal)
                || p.Page.ViewEnginePath.StartsWith("/Staff/", StringComparison.Ordinal))
            .Where(p => p.Page.ModelTypeInfo?.IsDefined(typeof(OverviewPageAttribute), inherit: false) != true)
            .ToList();

        Assert.True(about.Count >= 20, string.Join(", ", about.Select(p => p.Page.ViewEnginePath)));
        Assert.All(about, p => Assert.Contains("{" + AccessFilter.CitizenRouteKey, p.Endpoint.RoutePattern.RawText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_page_outside_the_areas_uses_an_areas_access()
    {
        var pages = await CompiledPagesAsync();

        var outside = pages.Where(p => !PortalAreas.All.Any(a => p.Page.ViewEnginePath.StartsWith(a.Folder + "/", StringComparison.Ordinal)));

        // An access filter outside its folder would admit requests by another area's rule; an overview marker there means nothing.
        Assert.All(outside, p =>
        {
            Assert.DoesNotContain(p.Page.FilterDescriptors, f => f.Filter is ServiceFilterAttribute s && typeof(AccessFilter).IsAssignableFrom(s.ServiceType));
            Assert.False(p.Page.ModelTypeInfo?.IsDefined(typeof(OverviewPageAttribute), inherit: false) == true, p.Page.ViewEnginePath);
        });
    }

    private async Task<IReadOnlyList<(RouteEndpoint Endpoint, CompiledPageActionDescriptor Page)>> CompiledPagesAsync()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var pages = new List<(RouteEndpoint, CompiledPageActionDescriptor)>();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                // Pages compile lazily; loading the descriptor gives the page model's type and its filters.
                pages.Add((endpoint, await loader.LoadAsync(page, endpoint.Metadata)));
            }
        }

        return pages.DistinctBy(p => p.Item2.ViewEnginePath).ToList();
    }
}
