namespace Paaroerende.Core.Consents;

/// <summary>
/// The gate's rule about lines, for views that show decisions rather than decide (the staff pages): each relation,
/// topic and basis is a line; the newest record of a line recorded at or before a moment is that line's decision,
/// and it is in force only inside its validity. Composes onto an already scoped query, and runs in the database.
/// </summary>
public static class ConsentLines
{
    /// <summary>Each line's decision at the moment: its newest record recorded at or before it.</summary>
    public static IQueryable<ConsentRecord> NewestAt(this IQueryable<ConsentRecord> records, DateTime atUtc)
    {
        var recorded = records.Where(c => c.RecordedAtUtc <= atUtc);
        return recorded.Where(c => !recorded.Any(newer => newer.RelationId == c.RelationId
            && newer.Topic == c.Topic
            && newer.Basis == c.Basis
            && newer.RecordedAtUtc > c.RecordedAtUtc));
    }

    /// <summary>Is a decision with this validity in force at the moment? Valid until is exclusive.</summary>
    public static bool Covers(DateTime validFromUtc, DateTime? validUntilUtc, DateTime atUtc) =>
        validFromUtc <= atUtc && (validUntilUtc is null || validUntilUtc > atUtc);
}
