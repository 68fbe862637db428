using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Consents;

namespace Paaroerende.Core.Staff;

/// <summary>
/// Staff mark relatives' contact requests and feedback as handled — only those of their own units; anything else is
/// the same "not found" as an id that does not exist. Handling is recorded once, with who and when.
/// </summary>
public sealed class StaffTasks(Data.PortalDbContext db, StaffScope scope, TimeProvider clock)
{
    public async Task MarkContactRequestHandledAsync(string staffUserId, Guid checkInId, CancellationToken ct = default)
    {
        var checkIn = await scope.ContactRequests(staffUserId).SingleOrDefaultAsync(c => c.Id == checkInId, ct)
            ?? throw new NotFoundException();
        if (checkIn.HandledAtUtc is null)
        {
            checkIn.HandledAtUtc = Instant.Now(clock);
            checkIn.HandledByUserId = staffUserId;
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>Closes the feedback, with an answer the relative sees (unless the feedback is anonymous).</summary>
    public async Task MarkFeedbackHandledAsync(string staffUserId, Guid feedbackId, string? answer = null, CancellationToken ct = default)
    {
        var feedback = await scope.Feedback(staffUserId).SingleOrDefaultAsync(f => f.Id == feedbackId, ct)
            ?? throw new NotFoundException();
        if (feedback.HandledAtUtc is null)
        {
            feedback.HandledAtUtc = Instant.Now(clock);
            feedback.HandledByUserId = staffUserId;
            feedback.Answer = string.IsNullOrWhiteSpace(answer) ? null : answer.Trim();
            await db.SaveChangesAsync(ct);
        }
    }
}
