namespace Paaroerende.Core.Retention;

/// <summary>
/// One run of the retention job: its cut-offs and how many rows it removed — no ids, no names. While a run is open
/// (inside the job's own transaction) the database triggers let rows older than its cut-offs be deleted; the job closes
/// it before committing, and a closed run can never be changed or deleted.
/// </summary>
public class RetentionRun
{
    public Guid Id { get; set; }

    public DateTime StartedAtUtc { get; set; }

    public DateTime? CompletedAtUtc { get; set; }

    /// <summary>Audit entries that occurred before this moment were deleted.</summary>
    public DateTime AuditCutoffUtc { get; set; }

    /// <summary>Relations that ended before this moment were deleted with their data.</summary>
    public DateTime RelationsCutoffUtc { get; set; }

    public int AuditEntriesDeleted { get; set; }

    public int ConsentRecordsDeleted { get; set; }

    public int RelationsDeleted { get; set; }

    public int PeopleDeleted { get; set; }

    /// <summary>Agreements, acknowledgements, check-ins, invitations, notification log lines, sign-ins and sent mails.</summary>
    public int OtherRowsDeleted { get; set; }

    /// <summary>Feedback whose relative and citizen were removed; the text stays with the unit.</summary>
    public int FeedbackAnonymised { get; set; }
}
