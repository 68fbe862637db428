using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.Updates;
using Paaroerende.Web.Staff;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// A page where staff correct a published text — an update about a citizen, a unit's news — or withdraw it
/// (docs/adr/0034). It shows what the text says now and what it said before each earlier change; the two forms post to
/// their own handlers and each validates only its own fields. A withdrawn text is shown with its history and can no
/// longer change (a post answers 404, like one that does not exist).
/// </summary>
public abstract class CorrectionPageModel : PageModel
{
    [BindProperty]
    public CorrectionInput Input { get; set; } = new();

    [BindProperty]
    public WithdrawalInput Withdrawal { get; set; } = new();

    public PublishedText Item { get; protected set; } = null!;

    public IReadOnlyList<RevisionRow> History { get; protected set; } = [];

    /// <summary>Loads <see cref="Item"/> and <see cref="History"/>; false when the sign-in may not see it.</summary>
    protected abstract Task<bool> LoadAsync(Guid id);

    protected abstract Task SaveCorrectionAsync(Guid id, UpdateText text);

    protected abstract Task SaveWithdrawalAsync(Guid id, string reason);

    /// <summary>The list the text belongs to, where the notice is shown after a change.</summary>
    protected abstract IActionResult BackToList();

    /// <summary>The message for a correction that changes nothing.</summary>
    protected abstract string NothingChanged { get; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = new CorrectionInput { Title = Item.Title, Body = Item.Body };
        return Page();
    }

    public async Task<IActionResult> OnPostCorrectAsync(Guid id)
    {
        OnlyValidate(nameof(Input));
        if (!await LoadAsync(id) || Item.WithdrawnAtUtc is not null)
        {
            return NotFound();
        }

        if (ModelState.IsValid && Input.Title!.Trim() == Item.Title && Input.Body!.Trim() == Item.Body)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Body)}", NothingChanged);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await SaveCorrectionAsync(id, new UpdateText(Input.Title!.Trim(), Input.Body!.Trim(), Input.Reason!));
        new StaffNotice(StaffNoticeKind.UpdateCorrected, 1, null).Store(TempData);
        return BackToList();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id)
    {
        OnlyValidate(nameof(Withdrawal));
        if (!await LoadAsync(id) || Item.WithdrawnAtUtc is not null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Input = new CorrectionInput { Title = Item.Title, Body = Item.Body };
            return Page();
        }

        await SaveWithdrawalAsync(id, Withdrawal.Reason!);
        new StaffNotice(StaffNoticeKind.UpdateWithdrawn, 1, null).Store(TempData);
        return BackToList();
    }

    /// <summary>A text's earlier versions, newest first, with who changed it.</summary>
    protected static async Task<IReadOnlyList<RevisionRow>> HistoryAsync<TRevision>(
        PortalDbContext db, IQueryable<TRevision> revisions, CancellationToken ct)
        where TRevision : TextRevision =>
        await revisions.AsNoTracking()
            .OrderByDescending(r => r.RecordedAtUtc)
            .Select(r => new RevisionRow(r.Change, r.Title, r.Body, r.Reason, r.RecordedAtUtc,
                db.Users.Where(x => x.Id == r.RecordedByUserId).Select(x => x.DisplayName).FirstOrDefault()))
            .ToListAsync(ct);

    /// <summary>The page has two forms; a post validates only its own (the other's empty fields are not errors).</summary>
    private void OnlyValidate(string form)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(form + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
    }

    /// <summary>The text as it is now; <paramref name="Label"/> is its topic or its unit.</summary>
    public sealed record PublishedText(
        Guid Id, string Label, string Title, string Body, DateTime PublishedAtUtc, DateTime? CorrectedAtUtc,
        DateTime? WithdrawnAtUtc, string? Author);

    public sealed record RevisionRow(UpdateChange Change, string Title, string Body, string Reason, DateTime RecordedAtUtc, string? By);

    public sealed class CorrectionInput
    {
        [Required]
        [StringLength(FieldLengths.Title)]
        [Display(Name = "UpdateTitle")]
        public string? Title { get; set; }

        [Required]
        [StringLength(FieldLengths.LongText)]
        [Display(Name = "Body")]
        public string? Body { get; set; }

        [Required]
        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "Reason")]
        public string? Reason { get; set; }
    }

    public sealed class WithdrawalInput
    {
        [Required]
        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "WithdrawReason")]
        public string? Reason { get; set; }
    }
}
