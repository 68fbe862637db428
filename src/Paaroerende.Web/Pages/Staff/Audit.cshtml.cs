using Paaroerende.Web.Navigation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Relatives;
using Paaroerende.Core.Staff;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Staff;
using Paaroerende.Web.Access;
using Paaroerende.Web.Audit;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// The citizen's audit log for staff of the citizen's unit: who read or changed what, newest first, by relative and
/// period. Reading the log is itself logged, so the citizen can see that staff looked.
/// </summary>
public class AuditModel(PortalDbContext db, StaffScope scope, AuditLog audit, QueuedAuditReads queuedReads, IStringLocalizerFactory texts) : PageModel
{
    public const int PageSize = 25;

    private readonly IStringLocalizer _text = PageFirstStringLocalizer.For(typeof(AuditModel), texts);

    [BindProperty(SupportsGet = true)]
    public FilterModel Filter { get; set; } = new();

    public string CitizenName { get; private set; } = "";

    public IReadOnlyList<RelativeOption> Relatives { get; private set; } = [];

    public IReadOnlyList<EntryRow> Entries { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public bool HasNextPage { get; private set; }

    public async Task OnGetAsync(int side = 1)
    {
        var access = HttpContext.Access<StaffAccess>();
        var ct = HttpContext.RequestAborted;
        PageNumber = PageNumbers.Of(side);

        CitizenName = await scope.Citizens(access.UserId).Where(c => c.Id == access.CitizenId)
            .Select(c => c.FirstName + " " + c.LastName).SingleAsync(ct);
        Relatives = (await scope.Relations(access.UserId).AsNoTracking()
                .Where(r => r.CitizenId == access.CitizenId)
                .Select(r => new RelativeOption(r.PersonId, r.Person!.FirstName + " " + r.Person.LastName))
                .ToListAsync(ct))
            .DistinctBy(r => r.PersonId)
            .OrderBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();

        Filter.CheckPeriod(ModelState, _text);
        if (!ModelState.IsValid)
        {
            return;
        }

        // Every read stored until now, including those still queued (docs/adr/0055).
        await queuedReads.MoveAsync(ct);
        var entries = Filter.Apply(scope.AuditEntries(access.UserId).Where(a => a.CitizenId == access.CitizenId));
        (Entries, HasNextPage) = await entries.AsNoTracking()
            .OrderByDescending(a => a.OccurredAtUtc).ThenByDescending(a => a.Id)
            .PageAsync(PageNumber, PageSize, a => new EntryRow(
                a.OccurredAtUtc,
                db.Users.Where(u => u.Id == a.ActorUserId).Select(u => u.DisplayName).FirstOrDefault(),
                a.Action, a.Outcome, a.Topic,
                db.People.Where(p => p.Id == a.PersonId).Select(p => p.FirstName + " " + p.LastName).FirstOrDefault(),
                a.Detail), ct);

        audit.Add(access.UserId, AuditAction.AuditLogRead, AuditOutcome.Allowed, access.CitizenId);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The route and filter values of another page of the same list, so paging keeps the filter.</summary>
    public IReadOnlyDictionary<string, string?> PagingRoute => new Dictionary<string, string?>(Filter.RouteValues())
    {
        ["citizenId"] = HttpContext.Access<StaffAccess>().CitizenId.ToString(),
    };

    /// <summary>The entry's fixed-vocabulary detail in words, where it names a level, a basis or a kind.</summary>
    public static IEnumerable<Enum> DetailOf(EntryRow entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        foreach (var part in (entry.Detail ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            if (entry.Action == AuditAction.ConsentRecorded && Enum.TryParse<ConsentBasis>(part, out var basis))
            {
                yield return basis;
            }
            else if (entry.Action == AuditAction.ConsentRecorded && Enum.TryParse<ConsentLevel>(part, out var level))
            {
                yield return level;
            }
            else if (entry.Action == AuditAction.RelationRecorded && Enum.TryParse<RelationKind>(part, out var kind))
            {
                yield return kind;
            }
            else if (entry.Action == AuditAction.RelationEnded && Enum.TryParse<RelationEndedBy>(part, out var by))
            {
                yield return by;
            }
        }
    }

    /// <summary>Nested here so its fields' names and errors are this page's texts.</summary>
    public sealed class FilterModel : AuditEntryFilter;

    public sealed record RelativeOption(Guid PersonId, string Name);

    public sealed record EntryRow(
        DateTime OccurredAtUtc, string? Actor, AuditAction Action, AuditOutcome Outcome, ConsentTopic? Topic,
        string? Relative, string? Detail);
}
