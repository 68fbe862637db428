using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Paaroerende.Core.Identity;
using Paaroerende.Web.Access;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Privacy;
using Paaroerende.Web.Relatives;

namespace Paaroerende.Web.Infrastructure;

internal static class PagesSetup
{
    public static IServiceCollection AddPortalPages(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            // Authenticated by default: a page is public only with [AllowAnonymous].
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(PortalRoles.Relative, p => p.RequireRole(PortalRoles.Relative))
            .AddPolicy(PortalRoles.Staff, p => p.RequireRole(PortalRoles.Staff))
            .AddPolicy(PortalRoles.Administrator, p => p.RequireRole(PortalRoles.Administrator))
            .AddPolicy(PortalRoles.Citizen, p => p.RequireRole(PortalRoles.Citizen));

        services.AddRazorPages(options =>
            {
                PortalAreas.AddAccessConventions(options.Conventions);
                options.Conventions.AddFolderApplicationModelConvention("/", model =>
                {
                    if (TwoFactorRequirement.AppliesTo(model.ViewEnginePath))
                    {
                        model.Filters.Add(new TwoFactorSetupFilter());
                    }
                });
            })
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddMvcOptions(options =>
            {
                options.ModelMetadataDetailsProviders.Add(new ValidationMessages());
                options.ModelMetadataDetailsProviders.Add(new PlausibleDays());
                options.Filters.Add(new MissingHandlerFilter());
                options.Filters.Add(new WrongRequestExceptionFilter());
            })
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = PageFirstStringLocalizer.For);

        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, BindingMessages>();
        services.AddSingleton<Microsoft.AspNetCore.Mvc.DataAnnotations.IValidationAttributeAdapterProvider, PortalValidationAttributeAdapterProvider>();
        services.AddAccessFilters();
        services.AddTransient(typeof(PageText<>));
        services.AddSingleton<PrivacyNoticeDefaults>();
        services.AddScoped<RelativeCitizenView>();
        services.AddAntiforgery(options =>
        {
            options.HeaderName = "X-CSRF-TOKEN";
            options.Cookie.Name = "Paaroerende.Antiforgery";
        });
        return services;
    }
}
