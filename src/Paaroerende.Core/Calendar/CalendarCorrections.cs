using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Audit;
using Paaroerende.Core.Data;
using Paaroerende.Core.Staff;

namespace Paaroerende.Core.Calendar;

/// <summary>
/// Staff correct a meeting's place, time and note, or an event's title, description, place and time (docs/adr/0041),
/// as updates are corrected (docs/adr/0034): one transaction holds the revision with what it said before, the change
/// and its audit entry. Only staff of the citizen's (or the event's) unit may, and only while it is not cancelled;
/// anything else is not found, as for a stranger.
/// </summary>
public sealed class CalendarCorrections(PortalDbContext db, StaffScope scope, AuditLog audit, TimeProvider clock)
{
    public async Task<CorrectionResult> CorrectMeetingAsync(
        string staffUserId, Guid citizenId, Guid meetingId, MeetingCorrection input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var citizens = scope.Citizens(staffUserId).Where(c => c.Id == citizenId).Select(c => c.Id);
        var meeting = await db.CitizenMeetings
            .SingleOrDefaultAsync(m => m.Id == meetingId && m.CancelledAtUtc == null && citizens.Contains(m.CitizenId), ct);
        if (meeting is null)
        {
            return CorrectionResult.NotFound;
        }

        var note = input.Note.Trim();
        if (!Changes(meeting, input.Times) && meeting.Note == note)
        {
            return CorrectionResult.NothingChanged;
        }

        db.Add(Keep(meeting, new CitizenMeetingRevision { MeetingId = meeting.Id, Note = meeting.Note }, input.Reason, staffUserId));
        Apply(meeting, input.Times);
        meeting.Note = note;
        audit.Add(staffUserId, AuditAction.MeetingCorrected, AuditOutcome.Recorded, citizenId, topic: meeting.Topic, detail: meeting.Id.ToString());
        await db.SaveChangesAsync(ct);
        return CorrectionResult.Saved;
    }

    public async Task<CorrectionResult> CorrectEventAsync(string staffUserId, Guid eventId, EventCorrection input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var units = scope.UnitIds(staffUserId);
        var item = await db.UnitEvents.SingleOrDefaultAsync(e => e.Id == eventId && e.CancelledAtUtc == null && units.Contains(e.UnitId), ct);
        if (item is null)
        {
            return CorrectionResult.NotFound;
        }

        var (title, description) = (input.Title.Trim(), input.Description.Trim());
        if (!Changes(item, input.Times) && item.Title == title && item.Description == description)
        {
            return CorrectionResult.NothingChanged;
        }

        db.Add(Keep(item, new UnitEventRevision { EventId = item.Id, Title = item.Title, Description = item.Description }, input.Reason, staffUserId));
        Apply(item, input.Times);
        item.Title = title;
        item.Description = description;
        audit.Add(staffUserId, AuditAction.EventCorrected, AuditOutcome.Recorded, detail: item.Id.ToString());
        await db.SaveChangesAsync(ct);
        return CorrectionResult.Saved;
    }

    private static bool Changes(ICorrectableCalendarItem item, PlaceAndTime times) =>
        item.Place != times.Place.Trim() || item.StartsAtUtc != Instant.Truncate(times.StartsAtUtc) || item.EndsAtUtc != Instant.Truncate(times.EndsAtUtc);

    /// <summary>Fills the revision with what the item says now, before it changes.</summary>
    private TRevision Keep<TRevision>(ICorrectableCalendarItem item, TRevision revision, string reason, string staffUserId)
        where TRevision : CalendarRevision
    {
        revision.Id = Guid.NewGuid();
        revision.Place = item.Place;
        revision.StartsAtUtc = item.StartsAtUtc;
        revision.EndsAtUtc = item.EndsAtUtc;
        revision.Reason = reason.Trim();
        revision.RecordedAtUtc = Instant.Now(clock);
        revision.RecordedByUserId = staffUserId;
        return revision;
    }

    /// <summary>The new place and time; a moved time is remembered, so answers given before it read as for the old time.</summary>
    private void Apply(ICorrectableCalendarItem item, PlaceAndTime times)
    {
        var now = Instant.Now(clock);
        var (starts, ends) = (Instant.Truncate(times.StartsAtUtc), Instant.Truncate(times.EndsAtUtc));
        if (item.StartsAtUtc != starts || item.EndsAtUtc != ends)
        {
            item.RescheduledAtUtc = now;
        }

        item.Place = times.Place.Trim();
        item.StartsAtUtc = starts;
        item.EndsAtUtc = ends;
        item.CorrectedAtUtc = now;
        item.Sequence++;
    }
}

/// <summary>Where and when, as corrected.</summary>
public sealed record PlaceAndTime(string Place, DateTime StartsAtUtc, DateTime EndsAtUtc);

public sealed record MeetingCorrection(PlaceAndTime Times, string Note, string Reason);

public sealed record EventCorrection(PlaceAndTime Times, string Title, string Description, string Reason);

public enum CorrectionResult
{
    Saved,
    NotFound,

    /// <summary>The correction says what the item already says: refused rather than recorded.</summary>
    NothingChanged,
}
