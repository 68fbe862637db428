namespace Paaroerende.Core.Invitations;

/// <summary>
/// A one-time link that lets a citizen add the citizen's view to a sign-in (their own MitID), so they can see and steer
/// their own relatives' access.
/// </summary>
public class CitizenInvitation : MailedInvitation
{
    public Guid CitizenId { get; set; }
}
