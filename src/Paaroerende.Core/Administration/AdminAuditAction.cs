namespace Paaroerende.Core.Administration;

public enum AdminAuditAction
{
    Created,
    Updated,
    Deleted,
    MovedUp,
    MovedDown,
    Imported,
    Invited,
    InvitationResent,
    Deactivated,
    Reactivated,

    /// <summary>Figures taken out of the portal as a file (the feedback CSV).</summary>
    Exported,
}
