using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Calendar;
using Paaroerende.Core.Data;
using Paaroerende.Core.Staff;
using Paaroerende.Web.Access;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Localization;
using Paaroerende.Web.Staff;

namespace Paaroerende.Web.Pages.Staff;

/// <summary>
/// Staff correct a meeting about a citizen of their unit: its place, time and note (docs/adr/0041). Its kind, topic and
/// invited relatives do not change: they decide who may see it, so a wrong one is cancelled and made again.
/// </summary>
public class MeetingCorrectionModel(
    PortalDbContext db, StaffScope scope, CalendarCorrections corrections, EnumTexts enums, PageText<MeetingCorrectionModel> text)
    : CalendarCorrectionPageModel
{
    public string CitizenName { get; private set; } = "";

    public override bool HasTitle => false;

    protected override Microsoft.Extensions.Localization.IStringLocalizer Text => text;

    protected override async Task<bool> LoadAsync(Guid id)
    {
        var access = HttpContext.Access<StaffAccess>();
        var ct = HttpContext.RequestAborted;
        var citizens = scope.Citizens(access.UserId).Where(c => c.Id == access.CitizenId);
        var found = await db.CitizenMeetings.AsNoTracking()
            .Where(m => m.Id == id && citizens.Any(c => c.Id == m.CitizenId))
            .Select(m => new
            {
                m.Id, m.Kind, m.Note, m.Place, m.StartsAtUtc, m.EndsAtUtc, m.CorrectedAtUtc, m.CancelledAtUtc,
                Citizen = citizens.Select(c => c.FirstName + " " + c.LastName).First(),
            })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return false;
        }

        Item = new CalendarItemView(found.Id, enums[found.Kind], null, found.Note, found.Place, found.StartsAtUtc, found.EndsAtUtc,
            found.CorrectedAtUtc, found.CancelledAtUtc);
        CitizenName = found.Citizen;
        History = await db.CitizenMeetingRevisions.AsNoTracking()
            .Where(r => r.MeetingId == id)
            .OrderByDescending(r => r.RecordedAtUtc)
            .Select(r => new CalendarRevisionRow(null, r.Note, r.Place, r.StartsAtUtc, r.EndsAtUtc, r.Reason, r.RecordedAtUtc,
                db.Users.Where(x => x.Id == r.RecordedByUserId).Select(x => x.DisplayName).FirstOrDefault()))
            .ToListAsync(ct);
        return true;
    }

    protected override Task<CorrectionResult> SaveAsync(Guid id, PlaceAndTime times, string title, string text, string reason)
    {
        var access = HttpContext.Access<StaffAccess>();
        return corrections.CorrectMeetingAsync(access.UserId, access.CitizenId, id, new MeetingCorrection(times, text, reason), HttpContext.RequestAborted);
    }

    protected override IActionResult BackToList(Guid id) =>
        RedirectToPage("/Staff/Meetings", null, new { citizenId = HttpContext.Access<StaffAccess>().CitizenId }, $"meeting-{id}");
}
