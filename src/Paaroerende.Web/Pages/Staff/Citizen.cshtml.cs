using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Invitations;
using Paaroerende.Core.Relatives;
using Paaroerende.Core.Staff;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Localization;
using Paaroerende.Web.Staff;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// One citizen for staff: the relatives (active first), each relative's decisions per topic and what the gate lets
/// them see, and the full consent history. With a date (and time) it shows what was in force at that moment instead.
/// </summary>
public class CitizenModel(
    PortalDbContext db, StaffScope scope, ConsentGate gate, RelativeInvitations invitations,
    CitizenInvitations citizenInvitations, IStringLocalizerFactory texts)
    : PageModel
{
    private readonly IStringLocalizer _text = PageFirstStringLocalizer.For(typeof(CitizenModel), texts);

    /// <summary>A moment without a time of day is read as noon, and the page says so.</summary>
    public static readonly TimeOnly DefaultTime = new(12, 0);

    [BindProperty(SupportsGet = true)]
    [Display(Name = "AtDate")]
    public DateOnly? AtDate { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "AtTime")]
    public TimeOnly? AtTime { get; set; }

    public CitizenView Citizen { get; private set; } = null!;

    public IReadOnlyList<RelationView> Relations { get; private set; } = [];

    public IReadOnlyList<HistoryRow> History { get; private set; } = [];

    /// <summary>The moment the decisions are shown for: now, or the moment asked for.</summary>
    public DateTime AtUtc { get; private set; }

    public bool IsPastMoment { get; private set; }

    public StaffNotice? Notice { get; private set; }

    /// <summary>Per person: whether they sign in to the portal, or the newest invitation sent to them.</summary>
    public IReadOnlyDictionary<Guid, PortalAccess> Access { get; private set; } = new Dictionary<Guid, PortalAccess>();

    /// <summary>Whether the citizen signs in to see their own relatives, or the newest invitation sent to them.</summary>
    public PortalAccess CitizenAccess { get; private set; } = new(false, null, null);

    public async Task OnGetAsync()
    {
        var access = HttpContext.Access<StaffAccess>();
        var ct = HttpContext.RequestAborted;
        Notice = StaffNotice.Take(TempData);

        if (AtTime is not null && AtDate is null)
        {
            ModelState.AddModelError(nameof(AtDate), _text["AtDateMissing"]);
        }

        IsPastMoment = ModelState.IsValid && AtDate is not null;
        AtUtc = IsPastMoment ? DanishTime.ToUtc(AtDate!.Value, AtTime ?? DefaultTime) : access.AtUtc;

        Citizen = await scope.Citizens(access.UserId).AsNoTracking()
            .Where(c => c.Id == access.CitizenId)
            .Select(c => new CitizenView(c.FirstName + " " + c.LastName, c.BirthDate, c.Unit!.Name))
            .SingleAsync(ct);

        var relations = await scope.Relations(access.UserId).AsNoTracking()
            .Where(r => r.CitizenId == access.CitizenId)
            .Select(r => new RelationRow(
                r.Id, r.PersonId, r.Person!.FirstName + " " + r.Person.LastName, r.Person.Email, r.Person.Phone, r.Kind,
                YoungRelatives.IsMinorAt(r.Person.BirthDate, r.RelativeIsMinor, AtUtc), r.RecordedAtUtc,
                db.Users.Where(u => u.Id == r.RecordedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
                r.EndedAtUtc, r.EndedBy,
                db.Users.Where(u => u.Id == r.EndedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
                r.EndReason,
                db.CitizenNominations.Any(n => n.RelationId == r.Id)))
            .ToListAsync(ct);

        var records = scope.ConsentRecords(access.UserId).Where(c => c.Relation!.CitizenId == access.CitizenId);
        var lines = await records.NewestOfLineAt(AtUtc).AsNoTracking()
            .Select(c => new LineView(c.Id, c.RelationId, c.Topic, c.Basis, c.Level, c.BasisScope, c.ValidFromUtc, c.ValidUntilUtc,
                c.BasisDocument, c.BasisExpiresUtc))
            .ToListAsync(ct);

        Relations = await ViewsAsync(relations, lines, access.CitizenId, ct);
        Access = await PortalAccessAsync(relations.Select(r => r.PersonId).Distinct().ToList(), ct);
        var citizenInvitation = await citizenInvitations.Newest(access.CitizenId)
            .Select(i => new { i.CreatedAtUtc, i.ExpiresAtUtc }).FirstOrDefaultAsync(ct);
        CitizenAccess = new PortalAccess(
            await citizenInvitations.CitizensWithSignIn().ContainsAsync(access.CitizenId, ct),
            citizenInvitation?.CreatedAtUtc, citizenInvitation?.ExpiresAtUtc);
        var inForce = lines.Where(l => l.InForceAt(AtUtc)).Select(l => l.RecordId).ToHashSet();
        var activeAtMoment = Relations.Where(r => r.ActiveAt(AtUtc)).Select(r => r.Row.Id).ToHashSet();

        History = (await records.AsNoTracking()
                .OrderByDescending(c => c.RecordedAtUtc).ThenBy(c => c.Topic)
                .Select(c => new HistoryRow(
                    c.Id, c.RelationId, c.Relation!.Person!.FirstName + " " + c.Relation.Person.LastName, c.RecordedAtUtc,
                    db.Users.Where(u => u.Id == c.RecordedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
                    c.Topic, c.Level, c.Basis, c.BasisScope, c.GivenHow, c.ValidFromUtc, c.ValidUntilUtc, c.Note, false))
                .ToListAsync(ct))
            .Select(h => h with { InForce = inForce.Contains(h.RecordId) && activeAtMoment.Contains(h.RelationId) })
            .ToList();
    }

    /// <summary>
    /// Active relations first. What each relative may see, and what starts or ends later, comes from the gate itself
    /// (one small query per relative), so this page can never show a different answer from the one relatives get.
    /// </summary>
    private async Task<IReadOnlyList<RelationView>> ViewsAsync(
        List<RelationRow> relations, List<LineView> lines, Guid citizenId, CancellationToken ct)
    {
        var outlooks = new Dictionary<Guid, IReadOnlyList<TopicOutlook>>();
        foreach (var personId in relations.Where(r => r.ActiveAt(AtUtc)).Select(r => r.PersonId).Distinct())
        {
            outlooks[personId] = IsPastMoment
                ? await gate.OutlookAsOfAsync(personId, citizenId, AtUtc, ct)
                : await gate.OutlookAsync(personId, citizenId, AtUtc, ct);
        }

        return relations
            .OrderBy(r => r.ActiveAt(AtUtc) ? 0 : 1)
            .ThenByDescending(r => r.EndedAtUtc)
            .ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .Select(r => new RelationView(
                r,
                Enum.GetValues<ConsentTopic>()
                    .Select(t => new TopicView(
                        t,
                        lines.Where(l => l.RelationId == r.Id && l.Topic == t).OrderBy(l => l.Basis).ToList(),
                        r.ActiveAt(AtUtc) && outlooks.TryGetValue(r.PersonId, out var outlook)
                            ? outlook.Single(o => o.Topic == t)
                            : null))
                    .ToList()))
            .ToList();
    }

    private async Task<IReadOnlyDictionary<Guid, PortalAccess>> PortalAccessAsync(List<Guid> personIds, CancellationToken ct)
    {
        var signedUp = await invitations.PeopleWithSignIn().Where(id => personIds.Contains(id)).ToListAsync(ct);
        var latest = await invitations.Newest(db.People.Where(p => personIds.Contains(p.Id)).Select(p => p.Id))
            .Select(i => new { i.PersonId, i.CreatedAtUtc, i.ExpiresAtUtc })
            .ToListAsync(ct);
        return personIds.ToDictionary(id => id, id => new PortalAccess(
            signedUp.Contains(id),
            latest.Where(i => i.PersonId == id).Select(i => (DateTime?)i.CreatedAtUtc).FirstOrDefault(),
            latest.Where(i => i.PersonId == id).Select(i => (DateTime?)i.ExpiresAtUtc).FirstOrDefault()));
    }

    public sealed record PortalAccess(bool HasSignIn, DateTime? InvitedAtUtc, DateTime? InvitationExpiresAtUtc);

    public sealed record CitizenView(string Name, DateOnly BirthDate, string Unit);

    public sealed record RelationRow(
        Guid Id, Guid PersonId, string Name, string? Email, string? Phone, RelationKind Kind, bool IsMinor,
        DateTime RecordedAtUtc, string? RecordedBy, DateTime? EndedAtUtc, RelationEndedBy? EndedBy, string? EndedByName,
        string? EndReason, bool SelfNominated)
    {
        public bool ActiveAt(DateTime atUtc) => ConsentRule.IsActiveAt(RecordedAtUtc, EndedAtUtc, atUtc);
    }

    public sealed record RelationView(RelationRow Row, IReadOnlyList<TopicView> Topics)
    {
        public bool ActiveAt(DateTime atUtc) => Row.ActiveAt(atUtc);
    }

    /// <summary>
    /// A topic of one relation: each basis' line (its decision at the moment) and the gate's answer with what is already
    /// decided to start or end (null when the relation is not active at the moment).
    /// </summary>
    public sealed record TopicView(ConsentTopic Topic, IReadOnlyList<LineView> Lines, TopicOutlook? Outlook)
    {
        public bool CanSee => Outlook?.Allowed == true;
    }

    public sealed record LineView(
        Guid RecordId, Guid RelationId, ConsentTopic Topic, ConsentBasis Basis, ConsentLevel Level, string? Scope,
        DateTime ValidFromUtc, DateTime? ValidUntilUtc, string? Document, DateTime? DocumentExpiresUtc)
    {
        public bool InForceAt(DateTime atUtc) => ConsentRule.Covers(ValidFromUtc, ValidUntilUtc, atUtc);
    }

    public sealed record HistoryRow(
        Guid RecordId, Guid RelationId, string Relative, DateTime RecordedAtUtc, string? RecordedBy, ConsentTopic Topic,
        ConsentLevel Level, ConsentBasis Basis, string? Scope, HowGiven GivenHow, DateTime ValidFromUtc,
        DateTime? ValidUntilUtc, string? Note, bool InForce);
}
