namespace Paaroerende.Core.Invitations;

/// <summary>
/// What every invitation behind a one-time link has, whoever it invites (staff, a relative, a citizen, a relative the
/// citizen named). Only a SHA-256 hash of the link's token is stored, so the table alone cannot be used to accept one.
/// Each kind keeps its own table: this base is not part of the EF model.
/// </summary>
public abstract class OneTimeInvitation
{
    public Guid Id { get; set; }

    public string TokenHash { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? AcceptedAtUtc { get; set; }
}

/// <summary>An invitation staff send to an e-mail address: a relative's or a citizen's own.</summary>
public abstract class MailedInvitation : OneTimeInvitation
{
    /// <summary>Where the invitation was sent; a new sign-in gets this address.</summary>
    public required string Email { get; set; }

    public required string InvitedByUserId { get; set; }
}
