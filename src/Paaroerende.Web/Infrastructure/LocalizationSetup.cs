using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Paaroerende.Web.Infrastructure;

internal static class LocalizationSetup
{
    public const string Danish = "da-DK";
    public const string English = "en";
    public static readonly IReadOnlyList<CultureInfo> SupportedCultures = [new(Danish), new(English)];

    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddSingleton<Localization.EnumTexts>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Danish);
            options.SupportedCultures = [.. SupportedCultures];
            options.SupportedUICultures = [.. SupportedCultures];

            // Danish first: only the user's own choice (the language switch's cookie) changes the language,
            // never the browser's Accept-Language.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }
}
