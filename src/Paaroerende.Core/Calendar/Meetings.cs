using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Staff;

namespace Paaroerende.Core.Calendar;

/// <summary>
/// Writes meetings about a citizen and the invited relatives' answers. Staff of the citizen's unit create them and
/// invite only relatives with an active relation to her; a relative answers only an invitation the gate shows them
/// (<see cref="ConsentGate.MeetingsOpenTo"/>), checked again here in the same request.
/// </summary>
public sealed class Meetings(
    PortalDbContext db, ConsentGate gate, StaffScope scope, Audit.AuditLog audit, Notifications.RelativeNotices notices, TimeProvider clock)
{
    /// <summary>
    /// Creates the meeting with its invitations, in one transaction; null when the citizen is not the staff member's or
    /// a chosen relation is not an active relation of hers.
    /// </summary>
    public async Task<Guid?> CreateAsync(string staffUserId, NewMeeting input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var now = Instant.Now(clock);
        if (!await scope.CanActOnCitizenAsync(staffUserId, input.CitizenId, ct))
        {
            return null;
        }

        var chosen = input.RelationIds.Distinct().ToList();
        var relations = await scope.Relations(staffUserId)
            .Where(r => r.CitizenId == input.CitizenId && chosen.Contains(r.Id))
            .Where(ConsentRule.RelationActiveAt(now))
            .Select(r => new { r.Id, r.PersonId })
            .ToListAsync(ct);
        if (relations.Count != chosen.Count || relations.Count == 0)
        {
            return null;
        }

        var id = Guid.NewGuid();
        db.CitizenMeetings.Add(new CitizenMeeting
        {
            Id = id, CitizenId = input.CitizenId, Kind = input.Kind, Topic = input.Topic, Place = input.Place.Trim(),
            Note = input.Note.Trim(), StartsAtUtc = Instant.Truncate(input.StartsAtUtc), EndsAtUtc = Instant.Truncate(input.EndsAtUtc),
            CreatedAtUtc = now, CreatedByUserId = staffUserId,
        });
        // One invitation per person: two relations of the same person to her are one seat.
        var invited = relations.DistinctBy(r => r.PersonId).ToList();
        db.MeetingInvitations.AddRange(invited.Select(r => new MeetingInvitation { Id = Guid.NewGuid(), MeetingId = id, PersonId = r.PersonId, RelationId = r.Id }));

        // A mail only to those the gate lets see the meeting now: to anyone else even "you are invited" says too much.
        foreach (var relation in invited)
        {
            var mayMeet = await gate.AllowedTopicsOn(gate.ActiveRelations(relation.PersonId, now).Where(r => r.CitizenId == input.CitizenId), now)
                .AnyAsync(a => a.PersonId == relation.PersonId
                    && (a.Topic == ConsentTopic.AppointmentsAndVisits || (ConsentTopic?)a.Topic == input.Topic), ct);
            if (mayMeet)
            {
                await notices.QueueMeetingInvitationAsync(relation.Id, ct);
            }
        }

        await db.SaveChangesAsync(ct);
        return id;
    }

    /// <summary>
    /// Cancels a meeting about one of the staff member's citizens, with a reason, audited in the same transaction; false
    /// when it is not theirs or already cancelled. The invited relatives no longer see it; their answers stay.
    /// </summary>
    public async Task<bool> CancelAsync(string staffUserId, Guid citizenId, Guid meetingId, string reason, CancellationToken ct = default)
    {
        var citizens = scope.Citizens(staffUserId).Where(c => c.Id == citizenId).Select(c => c.Id);
        var meeting = await db.CitizenMeetings
            .SingleOrDefaultAsync(m => m.Id == meetingId && m.CancelledAtUtc == null && citizens.Contains(m.CitizenId), ct);
        if (meeting is null)
        {
            return false;
        }

        Cancellation.Apply(meeting, staffUserId, reason, Instant.Now(clock));
        audit.Add(staffUserId, Audit.AuditAction.MeetingCancelled, Audit.AuditOutcome.Recorded, citizenId, detail: meeting.Id.ToString());
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// The relative's answer to their invitation; false (nothing saved) when the gate does not show it to them now.
    /// A later answer replaces the earlier one.
    /// </summary>
    public async Task<bool> ReplyAsync(string userId, Guid citizenId, Guid meetingId, MeetingReply reply, string? text, CancellationToken ct = default)
    {
        var now = Instant.Now(clock);
        var relations = gate.ActiveRelationsOfUser(userId, now).Where(r => r.CitizenId == citizenId);
        var invitation = await gate.MeetingsOpenTo(relations, now)
            .Where(i => i.MeetingId == meetingId)
            .OrderBy(i => i.PersonId)
            .FirstOrDefaultAsync(ct);
        if (invitation is null)
        {
            return false;
        }

        invitation.Reply = reply;
        invitation.ReplyText = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        invitation.RepliedAtUtc = now;
        await db.SaveChangesAsync(ct);
        return true;
    }
}

public sealed record NewMeeting(
    Guid CitizenId, MeetingKind Kind, ConsentTopic? Topic, string Place, string Note, DateTime StartsAtUtc, DateTime EndsAtUtc,
    IReadOnlyCollection<Guid> RelationIds);
