using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Paaroerende.Core.Identity;
using Paaroerende.Web.Administration;
using Paaroerende.Web.Citizens;
using Paaroerende.Web.Relatives;
using Paaroerende.Web.Staff;

namespace Paaroerende.Web.Access;

/// <summary>One kind of signed-in person: the folder of their pages, the role that opens it, the filter in front of each page.</summary>
public sealed record PortalArea(string Folder, string Role, Type AccessFilter);

/// <summary>
/// The one place that says who may open which page: each area's folder is authorized for its role and every page in it
/// gets its access filter by convention, so no page can forget either.
/// </summary>
public static class PortalAreas
{
    public static IReadOnlyList<PortalArea> All { get; } =
    [
        new("/Relatives", PortalRoles.Relative, typeof(RelativeAccessFilter)),
        new("/Citizen", PortalRoles.Citizen, typeof(CitizenAccessFilter)),
        new("/Staff", PortalRoles.Staff, typeof(StaffAccessFilter)),
        new("/Admin", PortalRoles.Administrator, typeof(AdminAccessFilter)),
    ];

    internal static void AddAccessConventions(PageConventionCollection conventions)
    {
        foreach (var area in All)
        {
            conventions.AuthorizeFolder(area.Folder, area.Role);
            conventions.AddFolderApplicationModelConvention(area.Folder,
                model => model.Filters.Add(new ServiceFilterAttribute(area.AccessFilter)));
        }
    }

    internal static IServiceCollection AddAccessFilters(this IServiceCollection services)
    {
        foreach (var area in All)
        {
            services.AddScoped(area.AccessFilter);
        }

        return services;
    }
}
