using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Core.Data;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Localization;
using Paaroerende.Web.Administration;

namespace Paaroerende.Web.Pages.Admin.Audit;

/// <summary>The municipality's administrative changes, newest first, filtered by period and kind of content.</summary>
public class IndexModel(PortalDbContext db) : PageModel
{
    public const int MaxShown = 200;

    [BindProperty(SupportsGet = true)]
    public FilterModel Filter { get; set; } = new();

    public IReadOnlyList<AdminAuditEntry> Entries { get; private set; } = [];

    public bool IsTruncated { get; private set; }

    public async Task OnGetAsync()
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        var entries = db.AdminAuditEntries.AsNoTracking().Where(e => e.MunicipalityId == municipalityId);
        if (ModelState.IsValid)
        {
            if (Filter.From is { } from)
            {
                var fromUtc = DanishTime.StartOfDayUtc(from);
                entries = entries.Where(e => e.OccurredAtUtc >= fromUtc);
            }

            if (Filter.To is { } to)
            {
                var toUtc = DanishTime.EndAfterDay(to);
                entries = entries.Where(e => e.OccurredAtUtc < toUtc);
            }

            if (Filter.EntityType is { } type)
            {
                entries = entries.Where(e => e.EntityType == type);
            }
        }

        var found = await entries.OrderByDescending(e => e.OccurredAtUtc).Take(MaxShown + 1).ToListAsync(HttpContext.RequestAborted);
        IsTruncated = found.Count > MaxShown;
        Entries = found.Take(MaxShown).ToList();
    }

    public sealed class FilterModel
    {
        [Display(Name = "From")]
        public DateOnly? From { get; set; }

        [Display(Name = "To")]
        public DateOnly? To { get; set; }

        [Display(Name = "EntityType")]
        public AdminEntityType? EntityType { get; set; }
    }
}
