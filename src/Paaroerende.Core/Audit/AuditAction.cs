namespace Paaroerende.Core.Audit;

public enum AuditAction
{
    /// <summary>A relative opened a citizen's page (one entry per topic shown, or one without topic).</summary>
    RelativeRead,

    /// <summary>A relative asked for a citizen they may not see, or that does not exist.</summary>
    RelativeReadDenied,

    RelationRecorded,
    RelationEnded,
    ConsentRecorded,

    /// <summary>Staff opened a citizen's audit log.</summary>
    AuditLogRead,
}
