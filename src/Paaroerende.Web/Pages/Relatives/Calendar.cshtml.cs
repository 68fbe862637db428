using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Calendar;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Web.Relatives;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Pages.Relatives;

/// <summary>
/// "Kalender": the coming events of the citizen's unit (general information, open to every active relation there, like
/// its news) and the meetings about her to which the relative is invited and which the gate lets them see now
/// (docs/adr/0036). One query with the gate (issue #7's budget); the meetings shown are audited as reads of their topic.
/// </summary>
[GateInPageQuery]
public class CalendarModel(PortalDbContext db, ConsentGate gate, AuditLog audit) : RelativeCitizenPageModel
{
    public RelationFacts Facts { get; private set; } = null!;

    public IReadOnlyList<EventRow> Events { get; private set; } = [];

    public IReadOnlyList<MeetingRow> Meetings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var pending = HttpContext.Access<PendingRelativeAccess>();
        var now = pending.AtUtc;
        var events = gate.VisibleUnitEvents(pending.UserId, now).Where(e => e.EndsAtUtc > now);
        var meetings = gate.MeetingsOpenTo(gate.ActiveRelationsOfUser(pending.UserId, now).Where(r => r.CitizenId == pending.CitizenId), now)
            .Where(i => i.Meeting!.EndsAtUtc > now);
        var signUps = db.EventSignUps.Where(s => s.UserId == pending.UserId);
        var found = await pending.Relation(gate)
            .WithFacts(pending.AtUtc, r => new
            {
                // Correlated by equality, so EF joins the lists to the relation; uncorrelated they need APPLY, which SQLite lacks.
                Events = events.Where(e => e.UnitId == r.Citizen!.UnitId)
                    .Select(e => new EventRow(e.Id, e.Title, e.Place, e.StartsAtUtc, e.EndsAtUtc,
                        signUps.Where(s => s.EventId == e.Id).Select(s => (int?)s.Guests).FirstOrDefault()))
                    .ToList(),
                Meetings = meetings.Where(i => i.Meeting!.CitizenId == r.CitizenId)
                    .Select(i => new MeetingRow(i.MeetingId, i.PersonId, i.Meeting!.Kind, i.Meeting.Topic, i.Meeting.Place,
                        i.Meeting.StartsAtUtc, i.Meeting.EndsAtUtc, i.Reply))
                    .ToList(),
            })
            .AsNoTracking()
            .AsSingleQuery()
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (found is null)
        {
            return await pending.DenyAsync(audit, HttpContext.RequestAborted);
        }

        Facts = found.Facts;
        Events = [.. found.Item.Events.OrderBy(e => e.StartsAtUtc)];
        Meetings = [.. found.Item.Meetings.DistinctBy(m => m.Id).OrderBy(m => m.StartsAtUtc)];
        var relative = pending.Grant(HttpContext, found.RelationId, found.PersonId);
        // The page itself (name, unit, the unit's events) is a read without a topic; each meeting is a read of its topic.
        await audit.RecordRelativeReadsAsync(
            [
                new RelativeRead(relative.UserId, relative.PersonId, relative.CitizenId, [], Detail: "Calendar"),
                .. Meetings.Select(m => new RelativeRead(relative.UserId, m.PersonId, relative.CitizenId,
                    [m.Topic ?? ConsentTopic.AppointmentsAndVisits], m.Id, "Meeting")),
            ],
            HttpContext.RequestAborted);
        return Page();
    }

    public sealed record EventRow(Guid Id, string Title, string Place, DateTime StartsAtUtc, DateTime EndsAtUtc, int? SignedUpGuests);

    public sealed record MeetingRow(
        Guid Id, Guid PersonId, MeetingKind Kind, ConsentTopic? Topic, string Place, DateTime StartsAtUtc, DateTime EndsAtUtc,
        MeetingReply? Reply);
}
