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
    public Task QueueAsync(Guid relationId, NotificationKind kind, CancellationToken ct = default) =>
        QueueToRelativeAsync(relationId, kind, (email, citizenFirstName) =>
            mails.FollowChanged(email, citizenFirstName, options.Value.Link("/Relatives")), ct);

    /// <summary>A staff member answered in a thread: the mail says only that there is a message, never what it says.</summary>
    public Task QueueNewMessageAsync(Guid relationId, CancellationToken ct = default) =>
        QueueToRelativeAsync(relationId, NotificationKind.NewMessage, (email, _) =>
            mails.NewMessage(email, options.Value.Link("/Relatives")), ct);

    /// <summary>Staff invited the relative to a meeting: the mail says only that, never about whom, when or where.</summary>
    public Task QueueMeetingInvitationAsync(Guid relationId, CancellationToken ct = default) =>
        QueueToRelativeAsync(relationId, NotificationKind.MeetingInvitation, (email, _) =>
            mails.MeetingInvitation(email, options.Value.Link("/Relatives")), ct);

    private async Task QueueToRelativeAsync(
        Guid relationId, NotificationKind kind, Func<string, string, OutgoingMail> compose, CancellationToken ct)
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

        outbox.Enqueue(compose(email, relation.CitizenFirstName));
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
