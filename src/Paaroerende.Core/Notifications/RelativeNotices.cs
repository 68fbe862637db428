using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Paaroerende.Core.Data;
using Paaroerende.Core.Mail;

namespace Paaroerende.Core.Notifications;

/// <summary>
/// Tells a relative that what they may follow about a citizen has changed. The mail and its log line are only added to
/// the pending changes: the caller's SaveChanges stores them with the change itself, so there is never a mail for a
/// change that rolled back, nor a change without its mail. A relative without a sign-in gets nothing (they are not on
/// the portal yet; the invitation tells them what they need).
/// </summary>
public sealed class RelativeNotices(
    PortalDbContext db, MailOutbox outbox, INotificationMails mails, IOptions<NotificationOptions> options, TimeProvider clock)
{
    public async Task QueueAsync(Guid relationId, NotificationKind kind, CancellationToken ct = default)
    {
        var relation = await db.Relations.AsNoTracking()
            .Where(r => r.Id == relationId)
            .Select(r => new { r.CitizenId, r.PersonId, CitizenFirstName = r.Citizen!.FirstName, PersonUserId = r.Person!.UserId })
            .SingleOrDefaultAsync(ct);
        if (relation is null)
        {
            return;
        }

        // The sign-in behind the person record: named by the person, or naming the person.
        var user = await db.Users.AsNoTracking()
            .Where(u => (u.Id == relation.PersonUserId || u.PersonId == relation.PersonId) && u.Email != null)
            .OrderBy(u => u.Id)
            .Select(u => new { u.Id, u.Email })
            .FirstOrDefaultAsync(ct);
        if (user?.Email is not { } email)
        {
            return;
        }

        outbox.Enqueue(mails.FollowChanged(email, relation.CitizenFirstName, options.Value.Link("/Relatives")));
        db.SentNotifications.Add(new SentNotification
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            UserId = user.Id,
            CitizenId = relation.CitizenId,
            PersonId = relation.PersonId,
            RelationId = relationId,
            QueuedAtUtc = Instant.Now(clock),
        });
    }
}
