namespace Paaroerende.Core.Identity;

/// <summary>
/// A one-time link that lets an invited staff member choose a password. Only a SHA-256 hash of the link's token is
/// stored, so the table alone cannot be used to accept an invitation.
/// </summary>
public class StaffInvitation : IOneTimeInvitation
{
    public Guid Id { get; set; }

    public required string UserId { get; set; }

    public required string TokenHash { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? AcceptedAtUtc { get; set; }

    public required string InvitedByUserId { get; set; }
}
