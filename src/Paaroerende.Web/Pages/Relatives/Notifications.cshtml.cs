using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paaroerende.Core.Notifications;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Relatives;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// The relative's mail choices: the daily digest of new updates (off by default). Notices that what they may follow has
/// changed always go; the page says so. The relative's own sign-in only, so it names no citizen.
/// </summary>
[OverviewPage]
public class NotificationsModel(NotificationPreferences preferences) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public bool Saved { get; set; }

    public async Task OnGetAsync()
    {
        var choices = await preferences.ForAsync(PortalClaims.UserIdOf(User), HttpContext.RequestAborted);
        Input = new InputModel { DailyDigest = choices.DailyDigest };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await preferences.SetDailyDigestAsync(PortalClaims.UserIdOf(User), Input.DailyDigest, HttpContext.RequestAborted);
        Saved = true;
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        public bool DailyDigest { get; set; }
    }
}
