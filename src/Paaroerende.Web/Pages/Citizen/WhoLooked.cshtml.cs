using Paaroerende.Web.Navigation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Web.Citizens;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Access;
using Paaroerende.Web.Audit;

namespace Paaroerende.Web.Pages.Citizen;

/// <summary>
/// Who looked: the relatives' visits to the citizen's information, from the audit log's reads, newest first; one line
/// per visit (what a visit is: <see cref="ReadVisits"/>).
/// </summary>
public class WhoLookedModel(PortalDbContext db, QueuedAuditReads queuedReads, IStringLocalizerFactory texts) : PageModel
{
    public const int PageSize = 25;

    private readonly IStringLocalizer _text = PageFirstStringLocalizer.For(typeof(WhoLookedModel), texts);

    [BindProperty(SupportsGet = true)]
    public FilterModel Filter { get; set; } = new();

    public IReadOnlyList<RelativeOption> Relatives { get; private set; } = [];

    public IReadOnlyList<ReadVisits.Visit> Visits { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public bool HasNextPage { get; private set; }

    public async Task OnGetAsync(int side = 1)
    {
        var access = HttpContext.Access<CitizenAccess>();
        var ct = HttpContext.RequestAborted;
        PageNumber = PageNumbers.Of(side);
        Relatives = (await db.Relations.AsNoTracking().Where(r => r.CitizenId == access.CitizenId)
                .Select(r => new RelativeOption(r.PersonId, r.Person!.FirstName + " " + r.Person.LastName))
                .ToListAsync(ct))
            .DistinctBy(r => r.PersonId).OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();

        Filter.CheckPeriod(ModelState, _text);
        if (!ModelState.IsValid)
        {
            return;
        }

        // Every read stored until now, including those still queued (docs/adr/0055).
        await queuedReads.MoveAsync(ct);
        var reads = Filter.Apply(db.AuditEntries.Where(a => a.CitizenId == access.CitizenId && a.Action == AuditAction.RelativeRead));
        var newestFirst = reads.AsNoTracking()
            .OrderByDescending(a => a.OccurredAtUtc).ThenByDescending(a => a.Id)
            .Select(a => new ReadVisits.Read(a.OccurredAtUtc, a.PersonId, a.Topic))
            .AsAsyncEnumerable();
        var visits = await ReadVisits.NewestAsync(newestFirst, PageNumber * PageSize + 1, ct);
        HasNextPage = visits.Count > PageNumber * PageSize;
        Visits = visits.Skip(PageNumbers.Skip(PageNumber, PageSize)).Take(PageSize).ToList();
        var shown = Visits.Select(v => v.PersonId).OfType<Guid>().Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => shown.Contains(p.Id))
            .Select(p => new { p.Id, Name = p.FirstName + " " + p.LastName }).ToListAsync(ct);
        _names = names.ToDictionary(p => p.Id, p => p.Name);
    }

    private Dictionary<Guid, string> _names = [];

    /// <summary>The relative's name, or null when their record is gone (deleted after the relation ended).</summary>
    public string? NameOf(ReadVisits.Visit visit) =>
        visit is { PersonId: { } id } && _names.TryGetValue(id, out var name) ? name : null;

    /// <summary>The filter travels with the paging links.</summary>
    public IReadOnlyDictionary<string, string?> PagingRoute => new Dictionary<string, string?>(Filter.RouteValues());

    /// <summary>Nested here so its fields' names and errors are this page's texts.</summary>
    public sealed class FilterModel : AuditEntryFilter;

    public sealed record RelativeOption(Guid PersonId, string Name);
}
