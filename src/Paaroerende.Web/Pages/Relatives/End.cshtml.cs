using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Web.Relatives;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// The relative ends their own relation, after a page that says what happens: access stops at once, the history is
/// kept, and the citizen can nominate them again. Ending goes through <see cref="ConsentRecorder"/> and is audited.
/// </summary>
public class EndModel(PortalDbContext db, ConsentRecorder recorder) : RelativeCitizenPageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public RelationFacts Facts { get; private set; } = null!;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var access = HttpContext.Access<RelativeAccess>();
        await LoadAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var reason = string.IsNullOrWhiteSpace(Input.Reason) ? null : Input.Reason.Trim();
        await recorder.EndRelationAsRelativeAsync(access.UserId, access.RelationId, reason, HttpContext.RequestAborted);
        new RelativeNotice(RelativeNoticeKind.RelationEnded, Facts.CitizenName).Store(TempData);
        return RedirectToPage("/Relatives/Index");
    }

    private async Task LoadAsync() => Facts = await RelationFacts.LoadAsync(db, HttpContext.Access<RelativeAccess>(), HttpContext.RequestAborted);

    public sealed class InputModel
    {
        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "Reason")]
        public string? Reason { get; set; }
    }
}
