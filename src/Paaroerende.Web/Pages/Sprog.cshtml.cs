using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages;

/// <summary>The language switch in the footer: remembers the choice for a year and returns to the same page.</summary>
[AllowAnonymous]
public class SprogModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        var chosen = LocalizationSetup.SupportedCultures.FirstOrDefault(c => c.Name == culture)?.Name
            ?? LocalizationSetup.Danish;
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true,
                Secure = Request.IsHttps,
            });
        return LocalRedirect(ReturnUrls.Local(Url, returnUrl) ?? "/");
    }
}
