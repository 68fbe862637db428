namespace Paaroerende.Core.Citizens;

/// <summary>
/// A one-time link that lets a citizen choose a password (or add the citizen role to the sign-in they have), so they
/// can see and steer their own relatives' access. Only a SHA-256 hash of the token is stored, like a relative's.
/// </summary>
public class CitizenInvitation : Identity.IOneTimeInvitation
{
    public Guid Id { get; set; }

    public Guid CitizenId { get; set; }

    /// <summary>Where the invitation was sent; a new sign-in gets this address.</summary>
    public required string Email { get; set; }

    public required string TokenHash { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? AcceptedAtUtc { get; set; }

    public required string InvitedByUserId { get; set; }
}
