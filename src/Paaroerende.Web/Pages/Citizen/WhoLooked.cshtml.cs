using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Web.Citizens;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Localization;

namespace Paaroerende.Web.Pages.Citizen;

/// <summary>Who looked: the relatives' reads of the citizen's information from the audit log, newest first.</summary>
public class WhoLookedModel(PortalDbContext db, IStringLocalizerFactory texts) : PageModel
{
    public const int PageSize = 25;

    private readonly IStringLocalizer _text = PageFirstStringLocalizer.For(typeof(WhoLookedModel), texts);

    [BindProperty(SupportsGet = true)]
    public FilterModel Filter { get; set; } = new();

    public IReadOnlyList<RelativeOption> Relatives { get; private set; } = [];

    public IReadOnlyList<ReadRow> Reads { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public bool HasNextPage { get; private set; }

    public async Task OnGetAsync(int side = 1)
    {
        var access = CitizenAccess.From(HttpContext);
        var ct = HttpContext.RequestAborted;
        PageNumber = Math.Max(1, side);
        Relatives = (await db.Relations.AsNoTracking().Where(r => r.CitizenId == access.CitizenId)
                .Select(r => new RelativeOption(r.PersonId, r.Person!.FirstName + " " + r.Person.LastName))
                .ToListAsync(ct))
            .DistinctBy(r => r.PersonId).OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();

        if (Filter.From is { } from && Filter.To is { } to && to < from)
        {
            ModelState.AddModelError($"{nameof(Filter)}.{nameof(Filter.To)}", _text["ToBeforeFrom"]);
        }

        if (!ModelState.IsValid)
        {
            return;
        }

        var reads = db.AuditEntries.Where(a => a.CitizenId == access.CitizenId && a.Action == AuditAction.RelativeRead);
        if (Filter.Relative is { } personId)
        {
            reads = reads.Where(a => a.PersonId == personId);
        }

        if (Filter.From is { } fromDay)
        {
            var fromUtc = DanishTime.StartOfDayUtc(fromDay);
            reads = reads.Where(a => a.OccurredAtUtc >= fromUtc);
        }

        if (Filter.To is { } toDay)
        {
            var untilUtc = DanishTime.StartOfDayUtc(toDay.AddDays(1));
            reads = reads.Where(a => a.OccurredAtUtc < untilUtc);
        }

        var page = await reads.AsNoTracking()
            .OrderByDescending(a => a.OccurredAtUtc).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize + 1)
            .Select(a => new ReadRow(a.OccurredAtUtc, a.PersonId,
                db.People.Where(p => p.Id == a.PersonId).Select(p => p.FirstName + " " + p.LastName).FirstOrDefault(), a.Topic))
            .ToListAsync(ct);
        HasNextPage = page.Count > PageSize;
        Reads = page.Take(PageSize).ToList();
    }

    /// <summary>The filter travels with the paging links.</summary>
    public Dictionary<string, string> PagingRoute(int side) => new Dictionary<string, string?>
        {
            ["side"] = side.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Filter.Relative"] = Filter.Relative?.ToString(),
            ["Filter.From"] = Filter.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Filter.To"] = Filter.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }
        .Where(p => p.Value is not null)
        .ToDictionary(p => p.Key, p => p.Value!);

    public sealed class FilterModel
    {
        [Display(Name = "Relative")]
        public Guid? Relative { get; set; }

        [Display(Name = "From")]
        public DateOnly? From { get; set; }

        [Display(Name = "To")]
        public DateOnly? To { get; set; }

        public bool IsEmpty => Relative is null && From is null && To is null;
    }

    public sealed record RelativeOption(Guid PersonId, string Name);

    public sealed record ReadRow(DateTime OccurredAtUtc, Guid? PersonId, string? Relative, ConsentTopic? Topic);
}
