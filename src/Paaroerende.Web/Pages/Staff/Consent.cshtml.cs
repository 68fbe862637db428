using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paaroerende.Core;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;
using Paaroerende.Core.Staff;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Localization;
using Paaroerende.Web.Staff;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// One form for every topic of one relation on one basis. The grid starts from the decisions in force on that basis.
/// Only what the user changed is sent to the recorder: a changed level, or — when the validity or the scope differs
/// from the form's defaults — every topic, so the new validity applies to all of them. A topic the user did not touch
/// therefore never gets a new start date, which would hide it until then.
/// </summary>
[StaffCitizenPage]
public class ConsentModel(StaffScope scope, ConsentRecorder recorder, TimeProvider clock, IStringLocalizerFactory texts)
    : PageModel
{
    private readonly IStringLocalizer _text = PageFirstStringLocalizer.For(typeof(ConsentModel), texts);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public RelationView Relation { get; private set; } = null!;

    /// <summary>The decisions in force now on the shown basis, per topic: the grid's starting point.</summary>
    public IReadOnlyDictionary<ConsentTopic, CurrentDecision> Current { get; private set; } =
        new Dictionary<ConsentTopic, CurrentDecision>();

    public StaffNotice? Notice { get; private set; }

    public DateTime NowUtc { get; private set; }

    public static bool BasisHasScope(ConsentBasis? basis) =>
        basis is ConsentBasis.Guardianship or ConsentBasis.PowerOfAttorney;

    public async Task OnGetAsync(ConsentBasis? basis)
    {
        Notice = StaffNotice.Take(TempData);
        var shown = basis ?? ConsentBasis.CitizenConsent;
        await LoadAsync(shown);
        Input = new InputModel
        {
            Basis = shown,
            ShownBasis = shown,
            Levels = Enum.GetValues<ConsentTopic>().ToDictionary(t => t, t => LevelNow(t)),
            BasisScope = CurrentScope,
            ValidFrom = Today,
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var access = StaffAccess.From(HttpContext);
        var basis = Input.Basis ?? Input.ShownBasis ?? ConsentBasis.CitizenConsent;
        await LoadAsync(basis);
        if (Relation.EndedAtUtc is not null)
        {
            return Page();
        }

        Validate();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var levels = LevelsToSend(basis);
        var added = await recorder.RecordConsentsAsync(access.UserId, new ConsentCommand(
            access.RelationId!.Value, basis, BasisHasScope(basis) ? Input.BasisScope?.Trim() : null, Input.GivenHow!.Value,
            DanishTime.StartOfDayUtc(Input.ValidFrom!.Value),
            Input.ValidUntil is { } until ? DanishTime.StartOfDayUtc(until) : null,
            string.IsNullOrWhiteSpace(Input.Note) ? null : Input.Note.Trim(), levels), HttpContext.RequestAborted);

        new StaffNotice(StaffNoticeKind.ConsentRecorded, added, access.RelationId).Store(TempData);
        return RedirectToPage("/Staff/Citizen", null, new { citizenId = access.CitizenId }, $"relation-{access.RelationId:N}");
    }

    private DateOnly Today => DanishTime.DayOf(Instant.Now(clock));

    private string? CurrentScope => Current.Values.Where(c => c.InForce).Select(c => c.Scope).FirstOrDefault(s => s is not null);

    public ConsentLevel LevelNow(ConsentTopic topic) =>
        Current.TryGetValue(topic, out var decision) && decision.InForce ? decision.Level : ConsentLevel.None;

    private void Validate()
    {
        if (Input.Basis is not null && Input.ShownBasis is not null && Input.Basis != Input.ShownBasis)
        {
            // The grid showed another basis' decisions; saving them blindly on the new basis could grant by accident.
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Basis)}", _text["BasisChanged"]);
            Input.ShownBasis = Input.Basis;
        }

        if (Input.Basis == ConsentBasis.Guardianship && string.IsNullOrWhiteSpace(Input.BasisScope))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.BasisScope)}", _text["ScopeRequired"]);
        }

        if (Input.ValidFrom is { } from && Input.ValidUntil is { } until && until <= from)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.ValidUntil)}", _text["UntilBeforeFrom"]);
        }
    }

    private Dictionary<ConsentTopic, ConsentLevel> LevelsToSend(ConsentBasis basis)
    {
        var currentScope = CurrentScope;
        var validityChanged = Input.ValidFrom != Today
            || Input.ValidUntil is not null
            || (BasisHasScope(basis) && (Input.BasisScope?.Trim() ?? "") != (currentScope ?? ""));
        return Input.Levels
            .Where(pair => Enum.IsDefined(pair.Key) && Enum.IsDefined(pair.Value))
            .Where(pair => validityChanged || pair.Value != LevelNow(pair.Key))
            .ToDictionary(pair => pair.Key, pair => pair.Value);
    }

    private async Task LoadAsync(ConsentBasis basis)
    {
        var access = StaffAccess.From(HttpContext);
        var ct = HttpContext.RequestAborted;
        NowUtc = access.AtUtc;
        Relation = await scope.Relations(access.UserId).AsNoTracking()
            .Where(r => r.Id == access.RelationId && r.CitizenId == access.CitizenId)
            .Select(r => new RelationView(
                r.Person!.FirstName + " " + r.Person.LastName, r.Person.FirstName, r.Kind, r.RelativeIsMinor,
                r.Citizen!.FirstName + " " + r.Citizen.LastName, r.EndedAtUtc))
            .SingleAsync(ct);

        var lines = await scope.ConsentRecords(access.UserId)
            .Where(c => c.RelationId == access.RelationId && c.Basis == basis)
            .NewestAt(access.AtUtc)
            .AsNoTracking()
            .Select(c => new CurrentDecision(c.Topic, c.Level, c.BasisScope, c.ValidFromUtc, c.ValidUntilUtc, false))
            .ToListAsync(ct);
        Current = lines
            .Select(l => l with { InForce = ConsentLines.Covers(l.ValidFromUtc, l.ValidUntilUtc, access.AtUtc) })
            .ToDictionary(l => l.Topic);
    }

    public sealed record RelationView(
        string Name, string FirstName, RelationKind Kind, bool IsMinor, string CitizenName, DateTime? EndedAtUtc);

    /// <summary>A line's newest record. One that has expired or not begun counts as "no access" in the grid.</summary>
    public sealed record CurrentDecision(
        ConsentTopic Topic, ConsentLevel Level, string? Scope, DateTime ValidFromUtc, DateTime? ValidUntilUtc, bool InForce);

    public sealed class InputModel
    {
        public Dictionary<ConsentTopic, ConsentLevel> Levels { get; set; } = [];

        [Required(ErrorMessage = "Validation_Choose")]
        [Display(Name = "Basis")]
        public ConsentBasis? Basis { get; set; }

        /// <summary>The basis whose decisions the grid was filled with.</summary>
        public ConsentBasis? ShownBasis { get; set; }

        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "BasisScope")]
        public string? BasisScope { get; set; }

        [Required(ErrorMessage = "Validation_Choose")]
        [Display(Name = "GivenHow")]
        public HowGiven? GivenHow { get; set; }

        [Required]
        [Display(Name = "ValidFrom")]
        public DateOnly? ValidFrom { get; set; }

        [Display(Name = "ValidUntil")]
        public DateOnly? ValidUntil { get; set; }

        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "Note")]
        public string? Note { get; set; }
    }
}
