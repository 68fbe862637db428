using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Core.Staff;

namespace Paaroerende.Core.Calendar;

/// <summary>
/// Writes a unit's events and the relatives' sign-ups. Staff create events only for their own units; a relative signs
/// up only for an event the gate shows them (<see cref="ConsentGate.VisibleUnitEvents"/>), before its deadline and
/// within its guest limit. Anything else is refused, never half-saved.
/// </summary>
public sealed class UnitEvents(PortalDbContext db, ConsentGate gate, StaffScope scope, Audit.AuditLog audit, TimeProvider clock)
{
    /// <summary>Guests one relative may bring when the event names no limit: a typo ("200") is refused, not counted.</summary>
    public const int GuestLimit = 20;

    /// <summary>Creates the event for one of the staff member's units; null when the unit is not theirs.</summary>
    public async Task<Guid?> CreateAsync(string staffUserId, NewUnitEvent input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await scope.UnitIds(staffUserId).AnyAsync(u => u == input.UnitId, ct))
        {
            return null;
        }

        var id = Guid.NewGuid();
        db.UnitEvents.Add(new UnitEvent
        {
            Id = id, UnitId = input.UnitId, Title = input.Title.Trim(), Description = input.Description.Trim(), Place = input.Place.Trim(),
            StartsAtUtc = Instant.Truncate(input.StartsAtUtc), EndsAtUtc = Instant.Truncate(input.EndsAtUtc),
            SignUpDeadlineUtc = input.SignUpDeadlineUtc is { } deadline ? Instant.Truncate(deadline) : null,
            MaxGuests = input.MaxGuests, CreatedAtUtc = Instant.Now(clock), CreatedByUserId = staffUserId,
        });
        await db.SaveChangesAsync(ct);
        return id;
    }

    /// <summary>
    /// Cancels an event of one of the staff member's units, with a reason, and audits it in the same transaction; false
    /// when it is not theirs or already cancelled. Relatives no longer see it; its sign-ups stay for the staff.
    /// </summary>
    public async Task<bool> CancelAsync(string staffUserId, Guid eventId, string reason, CancellationToken ct = default)
    {
        var item = await OfStaff(staffUserId).SingleOrDefaultAsync(e => e.Id == eventId && e.CancelledAtUtc == null, ct);
        if (item is null)
        {
            return false;
        }

        Cancellation.Apply(item, staffUserId, reason, Instant.Now(clock));
        audit.Add(staffUserId, Audit.AuditAction.EventCancelled, Audit.AuditOutcome.Recorded, detail: item.Id.ToString());
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The staff member's units' events: what the staff list and an event's sign-up list read from.</summary>
    public IQueryable<UnitEvent> OfStaff(string staffUserId)
    {
        var units = scope.UnitIds(staffUserId);
        return db.UnitEvents.Where(e => units.Contains(e.UnitId));
    }

    /// <summary>
    /// Signs the relative (their person record with an active relation in the event's unit) up with this many guests,
    /// or changes the number. <see cref="SignUpResult.NotFound"/> when the gate does not show them the event.
    /// </summary>
    public async Task<SignUpResult> SignUpAsync(string userId, Guid eventId, int guests, CancellationToken ct = default)
    {
        var now = Instant.Now(clock);
        var found = await FindAsync(userId, eventId, now, ct);
        if (found is null)
        {
            return SignUpResult.NotFound;
        }

        if (found.Event.SignUpDeadlineUtc is { } deadline && now >= deadline || found.Event.StartsAtUtc <= now)
        {
            return SignUpResult.Closed;
        }

        if (guests < 0 || guests > (found.Event.MaxGuests ?? GuestLimit))
        {
            return SignUpResult.TooManyGuests;
        }

        // A double-tapped "Tilmeld" sends the same wish twice at once: both requests find no sign-up, the unique index
        // lets the first insert through, and the second then changes the one stored, as a later answer would.
        if (!await StoreSignUpAsync(userId, eventId, found.PersonId, guests, now, ct))
        {
            await StoreSignUpAsync(userId, eventId, found.PersonId, guests, now, ct);
        }

        return SignUpResult.Saved;
    }

    private async Task<bool> StoreSignUpAsync(string userId, Guid eventId, Guid personId, int guests, DateTime now, CancellationToken ct)
    {
        var existing = await db.EventSignUps.SingleOrDefaultAsync(s => s.EventId == eventId && s.PersonId == personId, ct);
        if (existing is null)
        {
            db.EventSignUps.Add(new EventSignUp { Id = Guid.NewGuid(), EventId = eventId, PersonId = personId, UserId = userId, Guests = guests, AnsweredAtUtc = now });
        }
        else
        {
            existing.Guests = guests;
            existing.AnsweredAtUtc = now;
        }

        return await db.SaveUnlessStoredMeanwhileAsync(ct);
    }

    /// <summary>Takes the relative's sign-up back ("Jeg kommer alligevel ikke").</summary>
    public async Task<SignUpResult> CancelSignUpAsync(string userId, Guid eventId, CancellationToken ct = default)
    {
        var now = Instant.Now(clock);
        var found = await FindAsync(userId, eventId, now, ct);
        if (found is null)
        {
            return SignUpResult.NotFound;
        }

        await db.EventSignUps.Where(s => s.EventId == eventId && s.PersonId == found.PersonId).ExecuteDeleteAsync(ct);
        return SignUpResult.Saved;
    }

    /// <summary>The event as the gate shows it to the sign-in, with the person record whose relation opens its unit.</summary>
    private async Task<Found?> FindAsync(string userId, Guid eventId, DateTime now, CancellationToken ct)
    {
        var visible = gate.VisibleUnitEvents(userId, now).Where(e => e.Id == eventId);
        var found = await gate.ActiveRelationsOfUser(userId, now)
            .SelectMany(r => visible.Where(e => e.UnitId == r.Citizen!.UnitId), (r, e) => new { Event = e, r.PersonId })
            .OrderBy(f => f.PersonId)
            .AsNoTracking()
            .FirstOrDefaultAsync(ct);
        return found is null ? null : new Found(found.Event, found.PersonId);
    }

    private sealed record Found(UnitEvent Event, Guid PersonId);
}

public sealed record NewUnitEvent(
    Guid UnitId, string Title, string Description, string Place, DateTime StartsAtUtc, DateTime EndsAtUtc, DateTime? SignUpDeadlineUtc,
    int? MaxGuests);

public enum SignUpResult
{
    Saved,
    NotFound,
    Closed,
    TooManyGuests,
}
