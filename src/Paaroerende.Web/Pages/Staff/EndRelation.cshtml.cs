using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;
using Paaroerende.Core.Staff;
using Paaroerende.Web.Staff;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// Ends a relation after a confirmation that says what happens: access stops at once, the history is kept. The
/// relation lasts as long as both want it, so any party may end it; staff record who did and why.
/// </summary>
public class EndRelationModel(StaffScope scope, ConsentRecorder recorder) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public RelationView Relation { get; private set; } = null!;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var access = HttpContext.Access<StaffAccess>();
        await LoadAsync();
        if (Relation.EndedAtUtc is not null)
        {
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await recorder.EndRelationAsync(
            access.UserId, access.RelationId!.Value, Input.EndedBy!.Value, Input.Reason!.Trim(), HttpContext.RequestAborted);
        new StaffNotice(StaffNoticeKind.RelationEnded, 1, access.RelationId).Store(TempData);
        return RedirectToPage("/Staff/Citizen", null, new { citizenId = access.CitizenId }, $"relation-{access.RelationId:N}");
    }

    private async Task LoadAsync()
    {
        var access = HttpContext.Access<StaffAccess>();
        Relation = await scope.Relations(access.UserId).AsNoTracking()
            .Where(r => r.Id == access.RelationId && r.CitizenId == access.CitizenId)
            .Select(r => new RelationView(
                r.Person!.FirstName + " " + r.Person.LastName, r.Kind,
                r.Citizen!.FirstName + " " + r.Citizen.LastName, r.EndedAtUtc))
            .SingleAsync(HttpContext.RequestAborted);
    }

    public sealed record RelationView(string Name, RelationKind Kind, string CitizenName, DateTime? EndedAtUtc);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation_Choose")]
        [Display(Name = "EndedBy")]
        public RelationEndedBy? EndedBy { get; set; }

        [Required]
        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "Reason")]
        public string? Reason { get; set; }
    }
}
