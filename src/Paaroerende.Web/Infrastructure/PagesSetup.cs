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
                foreach (var area in PortalAreas.All)
                {
                    // Order -1: around the area's access filter, which on the relatives' pages that ask the gate in their
                    // own query ([GateInPageQuery]) insists that the handler ran and answered. A request it refuses
                    // answers 404, not a redirect, so its claim is freed again.
                    options.Conventions.AddFolderApplicationModelConvention(area.Folder,
                        model => model.Filters.Add(new ServiceFilterAttribute(typeof(SentOnceFilter)) { Order = -1, IsReusable = true }));
                }

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
        services.AddOptions<SendingOptions>().BindConfiguration(SendingOptions.Section);
        services.AddSingleton<SentOnceFilter>();
        services.AddScoped<Paaroerende.Core.Sendings.FormSendings>();
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
