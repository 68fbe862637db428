using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Calendar;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;

namespace Paaroerende.Core.Privacy;

/// <summary>
/// The calendar in the copies of one's data (docs/adr/0036). The citizen's copy holds the meetings about her and who was
/// invited with their answer, but not the relative's own words with it (theirs, as their messages are, ADR 0031); the
/// relative's copy holds their invitations and sign-ups with their own words, and of the meetings only those the portal
/// shows them today (ADR 0022).
/// </summary>
internal static class CalendarData
{
    public static async Task<CalendarRows> ForCitizenAsync(PortalDbContext db, Guid citizenId, CancellationToken ct)
    {
        var meetings = await db.CitizenMeetings.AsNoTracking().Where(m => m.CitizenId == citizenId)
            .OrderBy(m => m.StartsAtUtc).Select(MeetingRowOf).ToListAsync(ct);
        var invitations = await db.MeetingInvitations.AsNoTracking().Where(i => i.Meeting!.CitizenId == citizenId)
            .OrderBy(i => i.MeetingId)
            .Select(i => new MeetingInvitationRow(i.Id, i.MeetingId, i.PersonId, i.RelationId, i.Reply, null, i.RepliedAtUtc))
            .ToListAsync(ct);
        // What corrected meetings said before: about her, so in her copy (docs/adr/0041); a relative's copy has none.
        var revisions = await db.CitizenMeetingRevisions.AsNoTracking()
            .Where(r => db.CitizenMeetings.Any(m => m.Id == r.MeetingId && m.CitizenId == citizenId))
            .OrderBy(r => r.RecordedAtUtc)
            .Select(r => new MeetingRevisionRow(r.Id, r.MeetingId, r.StartsAtUtc, r.EndsAtUtc, r.Place, r.Note, r.Reason, r.RecordedAtUtc))
            .ToListAsync(ct);
        return new CalendarRows(meetings, invitations, []) { Revisions = revisions };
    }

    public static async Task<CalendarRows> ForRelativeAsync(
        PortalDbContext db, ConsentGate gate, string userId, IReadOnlyCollection<Guid> personIds, DateTime atUtc, CancellationToken ct)
    {
        var invitations = await db.MeetingInvitations.AsNoTracking().Where(i => personIds.Contains(i.PersonId))
            .OrderBy(i => i.MeetingId)
            .Select(i => new MeetingInvitationRow(i.Id, i.MeetingId, i.PersonId, i.RelationId, i.Reply, i.ReplyText, i.RepliedAtUtc))
            .ToListAsync(ct);
        var shown = gate.MeetingsOpenTo(gate.ActiveRelationsOfUser(userId, atUtc), atUtc).Select(i => i.MeetingId);
        var meetings = await db.CitizenMeetings.AsNoTracking().Where(m => shown.Contains(m.Id))
            .OrderBy(m => m.StartsAtUtc).Select(MeetingRowOf).ToListAsync(ct);
        var signUps = await db.EventSignUps.AsNoTracking().Where(s => personIds.Contains(s.PersonId))
            .OrderBy(s => s.AnsweredAtUtc)
            .Select(s => new EventSignUpRow(s.Id, s.EventId, s.PersonId, s.Guests, s.AnsweredAtUtc)
            {
                // The event's name and day, so the copy's page can say what the sign-up is for; a unit's event is general information.
                EventTitle = db.UnitEvents.Where(e => e.Id == s.EventId).Select(e => e.Title).First(),
                EventStartsAtUtc = db.UnitEvents.Where(e => e.Id == s.EventId).Select(e => e.StartsAtUtc).First(),
            })
            .ToListAsync(ct);
        return new CalendarRows(meetings, invitations, signUps);
    }

    private static readonly System.Linq.Expressions.Expression<Func<CitizenMeeting, MeetingRow>> MeetingRowOf = m => new MeetingRow(
        m.Id, m.CitizenId, m.Kind, m.Topic, m.StartsAtUtc, m.EndsAtUtc, m.Place, m.Note, m.CreatedAtUtc, m.CancelledAtUtc, m.CancelReason)
    {
        CorrectedAtUtc = m.CorrectedAtUtc,
    };
}

internal sealed record CalendarRows(
    List<MeetingRow> Meetings, List<MeetingInvitationRow> Invitations, List<EventSignUpRow> SignUps)
{
    public List<MeetingRevisionRow> Revisions { get; init; } = [];
}

/// <summary>What a meeting said before staff corrected it, and why (docs/adr/0041).</summary>
public sealed record MeetingRevisionRow(
    Guid Id, Guid MeetingId, DateTime StartsAtUtc, DateTime EndsAtUtc, string Place, string Note, string Reason, DateTime RecordedAtUtc);

/// <summary>A meeting about the citizen: what, when, where; cancelled with its reason, if so.</summary>
public sealed record MeetingRow(
    Guid Id, Guid CitizenId, MeetingKind Kind, ConsentTopic? Topic, DateTime StartsAtUtc, DateTime EndsAtUtc, string Place,
    string Note, DateTime CreatedAtUtc, DateTime? CancelledAtUtc, string? CancelReason)
{
    public DateTime? CorrectedAtUtc { get; init; }
}

/// <summary>A relative invited to a meeting and their answer; the words with it only in the relative's own copy.</summary>
public sealed record MeetingInvitationRow(
    Guid Id, Guid MeetingId, Guid PersonId, Guid RelationId, MeetingReply? Reply, string? ReplyText, DateTime? RepliedAtUtc);

/// <summary>A relative's sign-up for a unit's event, with the guests they bring.</summary>
public sealed record EventSignUpRow(Guid Id, Guid EventId, Guid PersonId, int Guests, DateTime AnsweredAtUtc)
{
    public string EventTitle { get; init; } = "";

    public DateTime EventStartsAtUtc { get; init; }
}
