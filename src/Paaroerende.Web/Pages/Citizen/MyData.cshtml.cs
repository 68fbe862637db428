using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paaroerende.Core.Privacy;
using Paaroerende.Web.Citizens;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Citizen;

/// <summary>My data (GDPR art. 15): everything the portal holds about the signed-in citizen, readable and as JSON.</summary>
public class MyDataModel(PersonalDataExport export) : PageModel
{
    public PersonalData Data { get; private set; } = null!;

    public async Task OnGetAsync() => Data = await LoadAsync();

    public async Task<IActionResult> OnGetJsonAsync()
    {
        var data = await LoadAsync();
        return File(PersonalDataJson.Create(data), "application/json", PersonalDataJson.FileName(data));
    }

    private async Task<PersonalData> LoadAsync() =>
        await export.ForCitizenAsync(HttpContext.Access<CitizenAccess>().CitizenId, HttpContext.RequestAborted)
        ?? throw new InvalidOperationException("A signed-in citizen has no citizen row.");
}
