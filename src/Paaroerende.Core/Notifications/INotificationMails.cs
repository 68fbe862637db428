using Paaroerende.Core.Mail;

namespace Paaroerende.Core.Notifications;

/// <summary>
/// The texts of the notification mails (the web project holds them as resources). E-mail is not a safe channel: a mail
/// names at most the citizen's first name and never says what changed, what an update says or who read what.
/// </summary>
public interface INotificationMails
{
    /// <summary>To a relative: what they can follow about the citizen has changed; sign in to see.</summary>
    OutgoingMail FollowChanged(string recipient, string citizenFirstName, string signInLink);

    /// <summary>To a relative: staff have answered in a thread; sign in to read it. Names neither the citizen nor the topic.</summary>
    OutgoingMail NewMessage(string recipient, string signInLink);

    /// <summary>
    /// To a relative: they are invited to a meeting; sign in to see it and answer. Names neither the citizen, the kind of
    /// meeting, its time nor its place.
    /// </summary>
    OutgoingMail MeetingInvitation(string recipient, string signInLink);

    /// <summary>To a relative: how many new updates per citizen they may see.</summary>
    OutgoingMail Digest(string recipient, IReadOnlyList<DigestLine> lines, string signInLink);

    /// <summary>To a citizen: this many relatives have read their information; sign in to see who and when.</summary>
    OutgoingMail ReadAlert(string recipient, int relatives, string whoLookedLink);
}

public sealed record DigestLine(string CitizenFirstName, int NewUpdates);
