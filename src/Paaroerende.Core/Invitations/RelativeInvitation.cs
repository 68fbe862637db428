namespace Paaroerende.Core.Invitations;

/// <summary>A one-time link that lets a nominated relative choose a password (or add the relation to the sign-in they have).</summary>
public class RelativeInvitation : MailedInvitation
{
    public Guid PersonId { get; set; }
}
