using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Data;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Relatives;
using Paaroerende.Core.Staff;
using Paaroerende.Web.Consents;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Localization;
using Paaroerende.Web.Staff;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// One form for every topic of one relation on one basis; each topic has its own level, start and (inclusive) end,
/// prefilled with its line's decision. Only rows that differ from what they showed are sent to the recorder (none
/// when a row's stored decision changed since the page was opened: <see cref="ShownRows"/>), so an
/// untouched topic never gets a new record, and a row whose start was left alone keeps the line's exact start. A save
/// that removes, delays or shortens anything for the relative is shown in plain words first and saved only once
/// confirmed on the same data.
/// </summary>
public class ConsentModel(
    StaffScope scope, ConsentRecorder recorder, ConsentChangePreview preview, EnumTexts enums, IStringLocalizerFactory texts)
    : PageModel
{
    private readonly IStringLocalizer _text = PageFirstStringLocalizer.For(typeof(ConsentModel), texts);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public RelationView Relation { get; private set; } = null!;

    /// <summary>Each line's newest record on the shown basis, per topic: the rows' starting point.</summary>
    public IReadOnlyDictionary<ConsentTopic, CurrentDecision> Current { get; private set; } =
        new Dictionary<ConsentTopic, CurrentDecision>();

    public StaffNotice? Notice { get; private set; }

    public DateTime NowUtc { get; private set; }

    /// <summary>Set when the save waits for a confirmation: what it changes for the relative.</summary>
    public IReadOnlyList<OutlookChange>? PendingChanges { get; private set; }

    /// <summary>The confirmation was for other data than there is now: the page shows the changes again.</summary>
    public bool DataChanged { get; private set; }

    /// <summary>Set when the save was not made because the stored consent changed while the form was open.</summary>
    public IReadOnlyList<ChangedMeanwhileTopic> ChangedMeanwhile { get; private set; } = [];

    /// <summary>Set when the save was not made because the basis' document changed while the form was open.</summary>
    public ChangedMeanwhileDocument? DocumentChangedMeanwhile { get; private set; }

    public static bool BasisHasScope(ConsentBasis? basis) =>
        basis is { } b && LegalBasisRules.RestsOnDocument(b);

    /// <summary>The citizen is 18 or older today: custody cannot be chosen (ADR 0033).</summary>
    public bool CitizenIsAdult => LegalBasisRules.IsAdultAt(Relation.CitizenBirthDate, NowUtc);

    /// <summary>The last day custody can count: the day before the citizen's 18th birthday.</summary>
    public DateOnly LastDayOfCustody => LegalBasisRules.LastDayOfCustody(Relation.CitizenBirthDate);

    /// <summary>The relative is under 15 today: the burdening topics and "involveret" are not offered (ADR 0038).</summary>
    public bool RelativeIsChild => YoungRelatives.IsChildAt(Relation.RelativeBirthDate, NowUtc);

    /// <summary>The relative is under 18 today: staff are reminded that a young relative is not a helper or interpreter.</summary>
    public bool RelativeIsMinor => YoungRelatives.IsMinorAt(Relation.RelativeBirthDate, Relation.NominatedAsMinor, NowUtc);

    /// <summary>The relative's 15th birthday, from which a child's limits no longer apply.</summary>
    public DateOnly? FifteenthBirthday => Relation.RelativeBirthDate?.AddYears(YoungRelatives.ChildUntilAge);

    /// <summary>The levels a topic's row offers: all of them, but for a child only what a child may have (and the line's own).</summary>
    public IEnumerable<ConsentLevel> LevelsOffered(ConsentTopic topic) =>
        YoungRelatives.LevelsOffered(RelativeIsChild, topic, Prefill(topic).Level);

    public async Task OnGetAsync(ConsentBasis? basis)
    {
        Notice = StaffNotice.Take(TempData);
        var shown = basis ?? ConsentBasis.CitizenConsent;
        await LoadAsync(shown);
        Input = new InputModel { Basis = shown, ShownBasis = shown };
        TakeStoredDocument();
        FillUntouchedRows();
    }

    public Task<IActionResult> OnPostAsync() => SaveOrPreviewAsync(confirmed: false);

    public Task<IActionResult> OnPostConfirmAsync() => SaveOrPreviewAsync(confirmed: true);

    /// <summary>"Ret igen": back to the form with everything as it was typed.</summary>
    public async Task<IActionResult> OnPostEditAsync()
    {
        await LoadAsync(Input.ShownBasis ?? Input.Basis ?? ConsentBasis.CitizenConsent);
        FillUntouchedRows();
        return Page();
    }

    private async Task<IActionResult> SaveOrPreviewAsync(bool confirmed)
    {
        var access = HttpContext.Access<StaffAccess>();
        var ct = HttpContext.RequestAborted;
        var basis = Input.Basis ?? Input.ShownBasis ?? ConsentBasis.CitizenConsent;
        await LoadAsync(basis);
        if (Relation.EndedAtUtc is not null)
        {
            return Page();
        }

        FillUntouchedRows();
        if (Input.ShownBasis is { } shownBasis && shownBasis != basis)
        {
            // The rows showed another basis: Validate says so, and the form shows this basis' rows from now on.
            Input.Shown.Clear();
            Input.ShownDocument = null;
        }
        else if (ShownRows.ChangedMeanwhile(Input.Shown, StoredKey) is var meanwhile
                 && DocumentChangedMeanwhileOn(basis) is var documentMeanwhile
                 && (meanwhile.Count > 0 || documentMeanwhile))
        {
            DocumentChangedMeanwhile = documentMeanwhile ? RefreshDocument() : null;
            ChangedMeanwhile = ShownRows.Refresh(meanwhile, Input.Shown, StoredKey, ChangedByUser, TakeStored, ModelState);
            return Page();
        }

        Validate();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var command = CommandFor(access.RelationId!.Value, basis);
        int added;
        try
        {
            var proposals = await recorder.ProposeAsync(access.UserId, command, ct);
            if (proposals.Count > 0)
            {
                var changes = await preview.PreviewAsync(access.RelationId.Value, proposals, NowUtc, ct);
                if (changes.TakesAway && !(confirmed && Input.Fingerprint == changes.Fingerprint))
                {
                    PendingChanges = changes.Changes;
                    DataChanged = confirmed;
                    Input.Fingerprint = changes.Fingerprint;
                    return Page();
                }
            }

            added = await recorder.RecordConsentsAsync(access.UserId, command, ct);
        }
        catch (TooYoungForTopicException tooYoung)
        {
            // The page checks the same rule first; this is the recorder's last word.
            foreach (var topic in tooYoung.Topics)
            {
                AddTooYoungError(topic);
            }

            return Page();
        }
        catch (LegalBasisRefusedException refused)
        {
            // The page checks the same rules first; this is the recorder's last word (a birthday passed meanwhile).
            AddBasisError(refused.Problem);
            return Page();
        }

        new StaffNotice(StaffNoticeKind.ConsentRecorded, added, access.RelationId).Store(TempData);
        return RedirectToPage("/Staff/Citizen", null, new { citizenId = access.CitizenId }, $"relation-{access.RelationId:N}");
    }

    private DateOnly Today => DanishTime.DayOf(NowUtc);

    /// <summary>
    /// The document a line in force rests on: the form starts from it, so an untouched document is not a change. In topic
    /// order, so that the same stored lines always give the same document (the form compares it with the one it showed).
    /// </summary>
    private CurrentDecision? CurrentDocument =>
        Current.Values.Where(c => c.InForce).OrderBy(c => c.Topic).FirstOrDefault(c => c.Scope is not null || c.Document is not null);

    /// <summary>The document fields as they show before anyone touches them (<see cref="ShownRows.DocumentKey"/>).</summary>
    private string StoredDocumentKey => DocumentKeyOf(CurrentDocument);

    /// <summary>The document fields as the user left them.</summary>
    private string TypedDocumentKey => ShownRows.DocumentKey(Input.BasisScope, Input.BasisDocument, Input.BasisExpiresOn);

    /// <summary>A line's document as the form shows it: one way of comparing documents for every check of the form.</summary>
    private static string DocumentKeyOf(CurrentDecision? decision) =>
        ShownRows.DocumentKey(decision?.Scope, decision?.Document, LastDayOfDocument(decision));

    /// <summary>A document's last day (inclusive) as the form shows it, or none.</summary>
    private static DateOnly? LastDayOfDocument(CurrentDecision? decision) =>
        decision?.DocumentExpiresUtc is { } expires ? DanishTime.LastDayOf(expires) : null;

    /// <summary>The document fields show the stored document (a new form, or fields the user left alone).</summary>
    private void TakeStoredDocument()
    {
        var document = CurrentDocument;
        (Input.BasisScope, Input.BasisDocument, Input.BasisExpiresOn) = (document?.Scope, document?.Document, LastDayOfDocument(document));
    }

    /// <summary>What the document fields showed when the form was rendered (posted back), or what they show on a new form.</summary>
    public string ShownDocumentKey => Input.ShownDocument ?? StoredDocumentKey;

    private bool DocumentChangedMeanwhileOn(ConsentBasis basis) =>
        BasisHasScope(basis) && Input.ShownDocument is { } shown && shown != StoredDocumentKey;

    /// <summary>
    /// After the document changed meanwhile: fields the user left as they showed take the stored document (the posted
    /// values dropped from the model state, which the fields show first); the user's own typing stays.
    /// </summary>
    private ChangedMeanwhileDocument RefreshDocument()
    {
        var changedByUser = TypedDocumentKey != ShownDocumentKey;
        if (!changedByUser)
        {
            TakeStoredDocument();
            foreach (var field in new[] { nameof(Input.BasisScope), nameof(Input.BasisDocument), nameof(Input.BasisExpiresOn) })
            {
                ModelState.Remove($"{nameof(Input)}.{field}");
            }
        }

        Input.ShownDocument = StoredDocumentKey;
        return new ChangedMeanwhileDocument(changedByUser);
    }

    /// <summary>What a row shows before anyone touches it: the line's decision while it counts or is still to come.</summary>
    public TopicRow Prefill(ConsentTopic topic) =>
        Current.TryGetValue(topic, out var d) && d.Level != ConsentLevel.None && (d.ValidUntilUtc is null || d.ValidUntilUtc > NowUtc)
            ? new TopicRow(d.Level, DanishTime.DayOf(d.ValidFromUtc), d.ValidUntilUtc is { } until ? DanishTime.LastDayOf(until) : null)
            : new TopicRow(ConsentLevel.None, Today, null);

    /// <summary>What the row showed when the form was rendered (posted back), or what it shows now on a new form.</summary>
    public string ShownKey(ConsentTopic topic) => Input.Shown.GetValueOrDefault(topic) ?? StoredKey(topic);

    private string StoredKey(ConsentTopic topic)
    {
        var row = Prefill(topic);
        return ShownRows.Key(row.Level, row.From, row.Until);
    }

    private bool ChangedByUser(ConsentTopic topic) =>
        ShownRows.Key(Input.Levels[topic], Input.From[topic], Input.Until[topic]) != ShownKey(topic) || Input.DisclosesFrom[topic] is not null;

    private void TakeStored(ConsentTopic topic)
    {
        var row = Prefill(topic);
        (Input.Levels[topic], Input.From[topic], Input.Until[topic]) = (row.Level, row.From, row.Until);
    }

    /// <summary>A row the post left out (or a fresh form) shows its line as it is, so it is not a change.</summary>
    private void FillUntouchedRows()
    {
        foreach (var topic in Enum.GetValues<ConsentTopic>())
        {
            var row = Prefill(topic);
            if (!Input.Levels.TryGetValue(topic, out var level) || !Enum.IsDefined(level))
            {
                Input.Levels[topic] = row.Level;
            }

            Input.From.TryAdd(topic, row.From);
            Input.Until.TryAdd(topic, row.Until);
            Input.DisclosesFrom.TryAdd(topic, null);
        }
    }

    private bool RowChanged(ConsentTopic topic, ConsentBasis basis)
    {
        var was = Prefill(topic);
        var level = Input.Levels[topic];
        if (level == ConsentLevel.None && was.Level == ConsentLevel.None)
        {
            return false;
        }

        var documentChanged = BasisHasScope(basis) && level != ConsentLevel.None
            && TypedDocumentKey != DocumentKeyOf(Current.GetValueOrDefault(topic));
        return level != was.Level || Input.From[topic] != was.From || Input.Until[topic] != was.Until
            || Input.DisclosesFrom[topic] is not null || documentChanged;
    }

    private ConsentCommand CommandFor(Guid relationId, ConsentBasis basis)
    {
        var topics = Enum.GetValues<ConsentTopic>().Where(t => RowChanged(t, basis)).Select(t =>
        {
            var current = Current.GetValueOrDefault(t);
            return new TopicDecision(
                t, Input.Levels[t],
                FormDates.StartOf(Input.From[t] ?? Today, current?.ValidFromUtc),
                FormDates.EndAfter(Input.Until[t], current?.ValidUntilUtc),
                Input.DisclosesFrom[t] is { } shown ? DanishTime.StartOfDayUtc(shown) : null);
        }).ToList();
        var hasDocument = BasisHasScope(basis);
        return new ConsentCommand(
            relationId, basis, hasDocument ? Input.BasisScope?.Trim() : null, Input.GivenHow!.Value,
            string.IsNullOrWhiteSpace(Input.Note) ? null : Input.Note.Trim(), topics)
        {
            BasisDocument = hasDocument ? Input.BasisDocument?.Trim() : null,
            BasisExpiresUtc = hasDocument ? FormDates.EndAfter(Input.BasisExpiresOn, CurrentDocument?.DocumentExpiresUtc) : null,
        };
    }

    private void AddBasisError(LegalBasisProblem problem)
    {
        var (field, text) = problem switch
        {
            LegalBasisProblem.CustodyForAdult => (nameof(Input.Basis), _text["CustodyAdult"]),
            LegalBasisProblem.ScopeMissing => (nameof(Input.BasisScope),
                _text[Input.Basis == ConsentBasis.PowerOfAttorney ? "ScopeRequiredPowerOfAttorney" : "ScopeRequired"]),
            LegalBasisProblem.DocumentMissing => (nameof(Input.BasisDocument), _text["DocumentRequired"]),
            LegalBasisProblem.ExpiryMissing => (nameof(Input.BasisExpiresOn), _text["ExpiryRequired"]),
            _ => (nameof(Input.BasisExpiresOn), _text["DocumentExpired"]),
        };
        ModelState.AddModelError($"{nameof(Input)}.{field}", text);
    }

    /// <summary>
    /// The basis must hold for the rows that decide something (a withdrawal always may be saved): custody only for a
    /// child and to the day before the 18th birthday at the latest; fuldmagt and værgemål with their scope and document,
    /// and no row outlasting the document. A later end is refused rather than cut silently, so staff see the real end.
    /// </summary>
    private void ValidateBasis(ConsentBasis basis, IReadOnlyList<ConsentTopic> deciding)
    {
        if (basis == ConsentBasis.ParentalCustody)
        {
            if (CitizenIsAdult || deciding.Any(t => Input.From[t] > LastDayOfCustody))
            {
                AddBasisError(LegalBasisProblem.CustodyForAdult);
                return;
            }

            foreach (var topic in deciding.Where(t => Input.Until[t] > LastDayOfCustody))
            {
                ModelState.AddModelError($"Input.Until[{topic}]",
                    _text["UntilAfterCustody", enums[topic], DanishTime.FormatDay(LastDayOfCustody)]);
            }

            return;
        }

        if (!BasisHasScope(basis) || deciding.Count == 0)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(Input.BasisScope))
        {
            AddBasisError(LegalBasisProblem.ScopeMissing);
        }

        if (string.IsNullOrWhiteSpace(Input.BasisDocument))
        {
            AddBasisError(LegalBasisProblem.DocumentMissing);
        }

        if (Input.BasisExpiresOn is not { } lastDay)
        {
            if (LegalBasisRules.ExpiryRequired(basis))
            {
                AddBasisError(LegalBasisProblem.ExpiryMissing);
            }

            return;
        }

        if (deciding.Any(t => Input.From[t] > lastDay) || lastDay < Today)
        {
            AddBasisError(LegalBasisProblem.DocumentExpired);
            return;
        }

        foreach (var topic in deciding.Where(t => Input.Until[t] > lastDay))
        {
            ModelState.AddModelError($"Input.Until[{topic}]",
                _text["UntilAfterDocument", enums[topic], DanishTime.FormatDay(lastDay)]);
        }
    }

    private void Validate()
    {
        var custodyForAdult = Input.Basis == ConsentBasis.ParentalCustody && CitizenIsAdult;
        if (Input.Basis is not null && Input.ShownBasis is not null && Input.Basis != Input.ShownBasis && !custodyForAdult)
        {
            // The rows showed another basis' decisions; saving them blindly on the new basis could grant by accident.
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Basis)}", _text["BasisChanged"]);
            Input.ShownBasis = Input.Basis;
        }

        var basis = Input.Basis ?? Input.ShownBasis ?? ConsentBasis.CitizenConsent;
        if (custodyForAdult)
        {
            // Refused whatever the rows say: custody is not a basis for an adult at all.
            AddBasisError(LegalBasisProblem.CustodyForAdult);
        }
        else
        {
            ValidateBasis(basis, [.. Enum.GetValues<ConsentTopic>().Where(t => RowChanged(t, basis) && Input.Levels[t] != ConsentLevel.None)]);
        }

        foreach (var topic in Enum.GetValues<ConsentTopic>().Where(t => RowChanged(t, basis)))
        {
            var name = enums[topic];
            var level = Input.Levels[topic];
            if (level != ConsentLevel.None && Input.From[topic] is null)
            {
                ModelState.AddModelError($"Input.From[{topic}]", _text["FromRequired", name]);
            }

            if (level != ConsentLevel.None && Input.From[topic] is { } from && Input.Until[topic] is { } until && until < from)
            {
                ModelState.AddModelError($"Input.Until[{topic}]", _text["UntilBeforeFrom", name]);
            }

            if (level != ConsentLevel.None && Input.From[topic] is { } first && !YoungRelatives.ChildMayHave(topic, level)
                && YoungRelatives.IsChildAt(Relation.RelativeBirthDate, DanishTime.StartOfDayUtc(first)))
            {
                AddTooYoungError(topic);
            }

            if (Input.DisclosesFrom[topic] is { } shown)
            {
                if (!ConsentRule.Grants(level))
                {
                    ModelState.AddModelError($"Input.DisclosesFrom[{topic}]", _text["DisclosesNeedsGrant", name]);
                }
                else if (Input.From[topic] is { } start && shown > start)
                {
                    ModelState.AddModelError($"Input.DisclosesFrom[{topic}]", _text["DisclosesAfterFrom", name]);
                }
            }
        }
    }

    private void AddTooYoungError(ConsentTopic topic) =>
        ModelState.AddModelError($"Input.Levels[{topic}]", Input.Levels.GetValueOrDefault(topic) == ConsentLevel.Involved && !YoungRelatives.BurdensAChild(topic)
            ? _text["ChildNotInvolved", Relation.FirstName, enums[topic]]
            : _text["ChildTopic", Relation.FirstName, enums[topic]]);

    private async Task LoadAsync(ConsentBasis basis)
    {
        var access = HttpContext.Access<StaffAccess>();
        var ct = HttpContext.RequestAborted;
        NowUtc = access.AtUtc;
        Relation = await scope.Relations(access.UserId).AsNoTracking()
            .Where(r => r.Id == access.RelationId && r.CitizenId == access.CitizenId)
            .Select(r => new RelationView(
                r.Person!.FirstName + " " + r.Person.LastName, r.Person.FirstName, r.Kind, r.RelativeIsMinor, r.Person.BirthDate,
                r.Citizen!.FirstName + " " + r.Citizen.LastName, r.Citizen.BirthDate, r.EndedAtUtc))
            .SingleAsync(ct);

        var lines = await scope.ConsentRecords(access.UserId)
            .Where(c => c.RelationId == access.RelationId && c.Basis == basis)
            .NewestOfLineAt(access.AtUtc)
            .AsNoTracking()
            .Select(c => new CurrentDecision(
                c.Topic, c.Level, c.BasisScope, c.BasisDocument, c.BasisExpiresUtc, c.ValidFromUtc, c.ValidUntilUtc, c.DisclosesFromUtc, false))
            .ToListAsync(ct);
        Current = lines
            .Select(l => l with { InForce = ConsentRule.Covers(l.ValidFromUtc, l.ValidUntilUtc, access.AtUtc) })
            .ToDictionary(l => l.Topic);
    }

    public sealed record RelationView(
        string Name, string FirstName, RelationKind Kind, bool NominatedAsMinor, DateOnly? RelativeBirthDate,
        string CitizenName, DateOnly CitizenBirthDate,
        DateTime? EndedAtUtc);

    /// <summary>A line's newest record. One that has expired counts as "no access" in the form.</summary>
    public sealed record CurrentDecision(
        ConsentTopic Topic, ConsentLevel Level, string? Scope, string? Document, DateTime? DocumentExpiresUtc,
        DateTime ValidFromUtc, DateTime? ValidUntilUtc, DateTime? DisclosesFromUtc, bool InForce);

    /// <summary>A row as the form shows it: level, first day and last day (inclusive; none for no end).</summary>
    public sealed record TopicRow(ConsentLevel Level, DateOnly? From, DateOnly? Until);

    public sealed class InputModel
    {
        public Dictionary<ConsentTopic, ConsentLevel> Levels { get; set; } = [];

        /// <summary>Per topic: the first day the decision counts.</summary>
        public Dictionary<ConsentTopic, DateOnly?> From { get; set; } = [];

        /// <summary>Per topic: the last day the decision counts (inclusive), or none.</summary>
        public Dictionary<ConsentTopic, DateOnly?> Until { get; set; } = [];

        /// <summary>Per granted topic: also show updates published from this day (earlier than the start).</summary>
        public Dictionary<ConsentTopic, DateOnly?> DisclosesFrom { get; set; } = [];

        [Required(ErrorMessage = "Validation_Choose")]
        [Display(Name = "Basis")]
        public ConsentBasis? Basis { get; set; }

        /// <summary>The basis whose decisions the rows were filled with.</summary>
        public ConsentBasis? ShownBasis { get; set; }

        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "BasisScope")]
        public string? BasisScope { get; set; }

        /// <summary>Fuldmagt and værgemål: the document's reference (date, journal number, the authority's decision).</summary>
        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "BasisDocument")]
        public string? BasisDocument { get; set; }

        /// <summary>Fuldmagt and værgemål: the document's last day (inclusive); none for a værgemål "indtil videre".</summary>
        [Display(Name = "BasisExpiresOn")]
        public DateOnly? BasisExpiresOn { get; set; }

        [Required(ErrorMessage = "Validation_Choose")]
        [Display(Name = "GivenHow")]
        public HowGiven? GivenHow { get; set; }

        [StringLength(FieldLengths.ShortText)]
        [Display(Name = "Note")]
        public string? Note { get; set; }

        /// <summary>The preview a confirmation answers (see <see cref="ConsentChangeSet.Fingerprint"/>).</summary>
        public string? Fingerprint { get; set; }

        /// <summary>The document fields as the form showed them (<see cref="ShownRows.DocumentKey"/>).</summary>
        public string? ShownDocument { get; set; }

        /// <summary>Per topic: the row as the form showed it (<see cref="ShownRows.Key"/>).</summary>
        public Dictionary<ConsentTopic, string> Shown { get; set; } = [];
    }
}
