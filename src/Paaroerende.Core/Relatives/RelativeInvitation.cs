namespace Paaroerende.Core.Relatives;

/// <summary>
/// A one-time link that lets a nominated relative choose a password (or add the relation to the sign-in they have).
/// Only a SHA-256 hash of the link's token is stored, so the table alone cannot be used to accept an invitation.
/// </summary>
public class RelativeInvitation : Identity.IOneTimeInvitation
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    /// <summary>Where the invitation was sent; the new sign-in gets this address.</summary>
    public required string Email { get; set; }

    public required string TokenHash { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? AcceptedAtUtc { get; set; }

    public required string InvitedByUserId { get; set; }
}
