namespace Paaroerende.Core.Audit;

public enum AuditOutcome
{
    Allowed,
    Denied,
    Recorded,
}
