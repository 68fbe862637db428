using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paaroerende.Core.Privacy;
using Paaroerende.Web.Citizens;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Relatives;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// My data (GDPR art. 15) for the relative: their own rows, and of their relations only what they may see on the portal
/// now (<see cref="PersonalDataExport.ForRelativeAsync"/>).
/// </summary>
[OverviewPage]
public class MyDataModel(PersonalDataExport export) : PageModel
{
    public PersonalData Data { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var data = await LoadAsync();
        if (data is null)
        {
            return NotFound();
        }

        Data = data;
        return Page();
    }

    public async Task<IActionResult> OnGetJsonAsync() =>
        await LoadAsync() is { } data
            ? File(PersonalDataJson.Create(data), "application/json", PersonalDataJson.FileName(data))
            : NotFound();

    /// <summary>Every person record behind the sign-in (one per municipality that nominated the relative).</summary>
    private Task<PersonalData?> LoadAsync() =>
        export.ForRelativeAsync(PortalClaims.UserIdOf(User), PortalClaims.PersonIdOf(User), HttpContext.RequestAborted);
}
