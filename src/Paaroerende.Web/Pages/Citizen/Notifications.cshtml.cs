using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paaroerende.Core.Notifications;
using Paaroerende.Web.Citizens;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Citizen;

/// <summary>The citizen's mail choice: be told when a relative has read their information (off by default, at most daily).</summary>
public class NotificationsModel(NotificationPreferences preferences) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public bool Saved { get; set; }

    public async Task OnGetAsync()
    {
        var choices = await preferences.ForAsync(HttpContext.Access<CitizenAccess>().UserId, HttpContext.RequestAborted);
        Input = new InputModel { ReadAlerts = choices.ReadAlerts };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await preferences.SetReadAlertsAsync(HttpContext.Access<CitizenAccess>().UserId, Input.ReadAlerts, HttpContext.RequestAborted);
        Saved = true;
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        public bool ReadAlerts { get; set; }
    }
}
