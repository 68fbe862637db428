namespace Paaroerende.Core.Invitations;

/// <summary>A one-time link that lets an invited staff member choose a password (or sign in through their municipality).</summary>
public class StaffInvitation : OneTimeInvitation
{
    public required string UserId { get; set; }

    public required string InvitedByUserId { get; set; }
}
