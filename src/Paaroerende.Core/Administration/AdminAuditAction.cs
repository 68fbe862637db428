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
}
