using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;
using Paaroerende.Web.Citizens;
using Paaroerende.Web.Consents;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Localization;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Citizen;

/// <summary>
/// The citizen decides what one relative may see: per topic a level and, if wanted, a last day; one Save, so giving,
/// changing and withdrawing take the same steps. Only rows that differ from what they showed are saved, and
/// none when a row's stored decision changed since the page was opened (<see cref="ShownRows"/>). A save that
/// removes, delays or shortens anything for the relative is shown in plain words first and saved once confirmed. Only
/// the citizen's own consent line is changed here; a guardianship or power of attorney is shown but decided elsewhere.
/// </summary>
public class RelationModel(
    PortalDbContext db, CitizenConsents consents, ConsentChangePreview preview, EnumTexts enums, IStringLocalizerFactory texts)
    : PageModel
{
    private readonly IStringLocalizer _text = PageFirstStringLocalizer.For(typeof(RelationModel), texts);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public RelationView Relation { get; private set; } = null!;

    /// <summary>The citizen's own line per topic (its newest record), when there is one.</summary>
    public IReadOnlyDictionary<ConsentTopic, OwnLine> Lines { get; private set; } = new Dictionary<ConsentTopic, OwnLine>();

    /// <summary>Decisions in force on another basis (guardianship, power of attorney): not the citizen's to change here.</summary>
    public IReadOnlyList<(ConsentTopic Topic, ConsentBasis Basis, ConsentLevel Level)> OtherBases { get; private set; } = [];

    public DateTime NowUtc { get; private set; }

    /// <summary>Set when the save waits for a confirmation: what it changes for the relative.</summary>
    public IReadOnlyList<OutlookChange>? PendingChanges { get; private set; }

    public bool DataChanged { get; private set; }

    /// <summary>Set when the save was not made because the stored consent changed while the form was open.</summary>
    public IReadOnlyList<ChangedMeanwhileTopic> ChangedMeanwhile { get; private set; } = [];

    private DateOnly Today => DanishTime.DayOf(NowUtc);

    /// <summary>The relative is under 15 today: the burdening topics and "involveret" are not offered (ADR 0038).</summary>
    public bool RelativeIsChild => YoungRelatives.IsChildAt(Relation.RelativeBirthDate, NowUtc);

    /// <summary>The levels a topic's row offers (for a child only what a child may have, and the line's own).</summary>
    public IEnumerable<ConsentLevel> LevelsOffered(ConsentTopic topic) =>
        YoungRelatives.LevelsOffered(RelativeIsChild, topic, Prefill(topic).Level);

    public async Task OnGetAsync()
    {
        await LoadAsync();
        FillUntouchedRows();
    }

    public Task<IActionResult> OnPostAsync() => SaveOrPreviewAsync(confirmed: false);

    public Task<IActionResult> OnPostConfirmAsync() => SaveOrPreviewAsync(confirmed: true);

    /// <summary>"Ret igen": back to the form with everything as it was chosen.</summary>
    public async Task<IActionResult> OnPostEditAsync()
    {
        await LoadAsync();
        FillUntouchedRows();
        return Page();
    }

    /// <summary>What a row shows before anyone touches it: the line's decision while it counts or is still to come.</summary>
    public TopicRow Prefill(ConsentTopic topic) =>
        Lines.TryGetValue(topic, out var line) && line.Level != ConsentLevel.None && !line.IsOver(NowUtc)
            ? new TopicRow(line.Level, line.ValidUntilUtc is { } until ? DanishTime.LastDayOf(until) : null)
            : new TopicRow(ConsentLevel.None, null);

    private async Task<IActionResult> SaveOrPreviewAsync(bool confirmed)
    {
        var access = HttpContext.Access<CitizenAccess>();
        var ct = HttpContext.RequestAborted;
        await LoadAsync();
        if (Relation.EndedAtUtc is not null)
        {
            return Page();
        }

        FillUntouchedRows();
        if (ShownRows.ChangedMeanwhile(Input.Shown, StoredKey) is { Count: > 0 } meanwhile)
        {
            ChangedMeanwhile = ShownRows.Refresh(meanwhile, Input.Shown, StoredKey, ChangedByUser, TakeStored, ModelState);
            return Page();
        }

        Validate();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var choices = Enum.GetValues<ConsentTopic>().Where(RowChanged).Select(t => new CitizenTopicChoice(
            t, Input.Levels[t], FormDates.EndAfter(Input.Until[t], Lines.GetValueOrDefault(t)?.ValidUntilUtc),
            Input.DisclosesFrom[t] is { } shown ? DanishTime.StartOfDayUtc(shown) : null)).ToList();
        var relationId = access.RelationId!.Value;
        IReadOnlyList<LineProposal> proposals;
        try
        {
            proposals = await consents.ProposeAsync(access.CitizenId, relationId, choices, NowUtc, ct);
        }
        catch (TooYoungForTopicException tooYoung)
        {
            // The page checks the same rule first; this is the rule's last word.
            foreach (var topic in tooYoung.Topics)
            {
                AddTooYoungError(topic);
            }

            return Page();
        }

        if (proposals.Count > 0)
        {
            var changes = await preview.PreviewAsync(relationId, proposals, NowUtc, ct);
            if (changes.TakesAway && !(confirmed && Input.Fingerprint == changes.Fingerprint))
            {
                PendingChanges = changes.Changes;
                DataChanged = confirmed;
                Input.Fingerprint = changes.Fingerprint;
                return Page();
            }
        }

        var changedAt = await consents.RecordAsync(access.UserId, access.CitizenId, relationId, choices, ct);
        TempData[ReceiptModel.NoticeKey] = changedAt is null ? "NoChange" : "Saved";
        return RedirectToPage("/Citizen/Receipt", new { relationId = access.RelationId });
    }

    private void FillUntouchedRows()
    {
        foreach (var topic in Enum.GetValues<ConsentTopic>())
        {
            var row = Prefill(topic);
            if (!Input.Levels.TryGetValue(topic, out var level) || !Enum.IsDefined(level))
            {
                Input.Levels[topic] = row.Level;
            }

            Input.Until.TryAdd(topic, row.Until);
            Input.DisclosesFrom.TryAdd(topic, null);
        }
    }

    /// <summary>What the row showed when the form was rendered (posted back), or what it shows now on a new form.</summary>
    public string ShownKey(ConsentTopic topic) => Input.Shown.GetValueOrDefault(topic) ?? StoredKey(topic);

    private string StoredKey(ConsentTopic topic)
    {
        var row = Prefill(topic);
        return ShownRows.Key(row.Level, null, row.Until);
    }

    private bool ChangedByUser(ConsentTopic topic) =>
        ShownRows.Key(Input.Levels[topic], null, Input.Until[topic]) != ShownKey(topic) || Input.DisclosesFrom[topic] is not null;

    private void TakeStored(ConsentTopic topic)
    {
        var row = Prefill(topic);
        (Input.Levels[topic], Input.Until[topic]) = (row.Level, row.Until);
    }

    private bool RowChanged(ConsentTopic topic)
    {
        var was = Prefill(topic);
        var level = Input.Levels[topic];
        return !(level == ConsentLevel.None && was.Level == ConsentLevel.None)
            && (level != was.Level || Input.Until[topic] != was.Until || Input.DisclosesFrom[topic] is not null);
    }

    private void Validate()
    {
        foreach (var topic in Enum.GetValues<ConsentTopic>().Where(RowChanged))
        {
            var name = enums[topic];
            if (Input.Levels[topic] != ConsentLevel.None && Input.Until[topic] is { } until && until < Today)
            {
                ModelState.AddModelError($"Input.Until[{topic}]", _text["UntilInThePast", name]);
            }

            if (RelativeIsChild && !YoungRelatives.ChildMayHave(topic, Input.Levels[topic]))
            {
                AddTooYoungError(topic);
            }

            if (Input.DisclosesFrom[topic] is { } shown)
            {
                if (!ConsentRule.Grants(Input.Levels[topic]))
                {
                    ModelState.AddModelError($"Input.DisclosesFrom[{topic}]", _text["DisclosesNeedsGrant", name]);
                }
                else if (shown > Today)
                {
                    ModelState.AddModelError($"Input.DisclosesFrom[{topic}]", _text["DisclosesInTheFuture", name]);
                }
            }
        }
    }

    private void AddTooYoungError(ConsentTopic topic) =>
        ModelState.AddModelError($"Input.Levels[{topic}]", _text[
            Input.Levels.GetValueOrDefault(topic) == ConsentLevel.Involved && !YoungRelatives.BurdensAChild(topic) ? "ChildNotInvolved" : "ChildTopic",
            Relation.FirstName, enums[topic]]);

    private async Task LoadAsync()
    {
        var access = HttpContext.Access<CitizenAccess>();
        var ct = HttpContext.RequestAborted;
        NowUtc = access.AtUtc;
        Relation = await db.Relations.AsNoTracking().Where(r => r.Id == access.RelationId)
            .Select(r => new RelationView(r.Person!.FirstName + " " + r.Person.LastName, r.Person.FirstName, r.Kind, r.Person.BirthDate, r.EndedAtUtc))
            .SingleAsync(ct);
        var lines = await db.ConsentRecords.AsNoTracking().Where(c => c.RelationId == access.RelationId)
            .NewestOfLineAt(access.AtUtc)
            .Select(c => new { c.Topic, c.Basis, c.Level, c.ValidFromUtc, c.ValidUntilUtc })
            .ToListAsync(ct);
        Lines = lines.Where(l => l.Basis == ConsentBasis.CitizenConsent)
            .ToDictionary(l => l.Topic, l => new OwnLine(l.Level, l.ValidFromUtc, l.ValidUntilUtc));
        OtherBases = lines.Where(l => ConsentRule.Covers(l.ValidFromUtc, l.ValidUntilUtc, access.AtUtc))
            .Where(l => l.Basis != ConsentBasis.CitizenConsent && l.Level != ConsentLevel.None)
            .Select(l => (l.Topic, l.Basis, l.Level)).ToList();
    }

    public sealed record RelationView(string Name, string FirstName, RelationKind Kind, DateOnly? RelativeBirthDate, DateTime? EndedAtUtc);

    /// <summary>The newest record of the citizen's own line for a topic.</summary>
    public sealed record OwnLine(ConsentLevel Level, DateTime ValidFromUtc, DateTime? ValidUntilUtc)
    {
        public bool IsOver(DateTime atUtc) => ValidUntilUtc <= atUtc;

        public bool StartsLater(DateTime atUtc) => ValidFromUtc > atUtc;
    }

    /// <summary>A row as the form shows it: the level and the last day (inclusive; none for no end).</summary>
    public sealed record TopicRow(ConsentLevel Level, DateOnly? Until);

    public sealed class InputModel
    {
        public Dictionary<ConsentTopic, ConsentLevel> Levels { get; set; } = [];

        /// <summary>Per topic: the last day it counts (inclusive), or none.</summary>
        public Dictionary<ConsentTopic, DateOnly?> Until { get; set; } = [];

        /// <summary>Per granted topic: also show updates published from this day.</summary>
        public Dictionary<ConsentTopic, DateOnly?> DisclosesFrom { get; set; } = [];

        /// <summary>The preview a confirmation answers (see <see cref="ConsentChangeSet.Fingerprint"/>).</summary>
        public string? Fingerprint { get; set; }

        /// <summary>Per topic: the row as the form showed it (<see cref="ShownRows.Key"/>).</summary>
        public Dictionary<ConsentTopic, string> Shown { get; set; } = [];
    }
}
