using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Administration;

namespace Paaroerende.Web.Pages.Admin.Councils;

/// <summary>The municipality's relatives' councils with their meetings, newest first.</summary>
public class IndexModel(PortalDbContext db) : PageModel
{
    public IReadOnlyList<CouncilRow> Councils { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var municipalityId = AdminScope.MunicipalityIdOf(User);
        var ct = HttpContext.RequestAborted;
        var councils = await db.RelativesCouncils.AsNoTracking()
            .Where(c => c.MunicipalityId == municipalityId)
            .OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, Unit = c.Unit == null ? null : c.Unit.Name })
            .ToListAsync(ct);
        var ids = councils.Select(c => c.Id).ToList();
        var meetings = await db.CouncilMeetings.AsNoTracking()
            .Where(m => ids.Contains(m.CouncilId))
            .OrderByDescending(m => m.MeetingDate)
            .Select(m => new MeetingRow(m.Id, m.CouncilId, m.MeetingDate, m.Details, m.MinutesMarkdown != null))
            .ToListAsync(ct);
        Councils = councils
            .Select(c => new CouncilRow(c.Id, c.Name, c.Unit, meetings.Where(m => m.CouncilId == c.Id).ToList()))
            .ToList();
    }

    public sealed record CouncilRow(Guid Id, string Name, string? Unit, IReadOnlyList<MeetingRow> Meetings);

    public sealed record MeetingRow(Guid Id, Guid CouncilId, DateOnly MeetingDate, string? Details, bool HasMinutes);
}
