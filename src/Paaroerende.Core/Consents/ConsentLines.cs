namespace Paaroerende.Core.Consents;

/// <summary>
/// The gate's rule about lines, for views that show decisions rather than decide (the staff pages): the same
/// expressions as the gate (<see cref="ConsentRule"/>), under the names those pages use.
/// </summary>
public static class ConsentLines
{
    /// <summary>Each line's decision at the moment: its newest record recorded at or before it.</summary>
    public static IQueryable<ConsentRecord> NewestAt(this IQueryable<ConsentRecord> records, DateTime atUtc) =>
        records.NewestOfLineAt(atUtc);

    /// <summary>Is a decision with this validity in force at the moment? Valid until is exclusive.</summary>
    public static bool Covers(DateTime validFromUtc, DateTime? validUntilUtc, DateTime atUtc) =>
        ConsentRule.Covers(validFromUtc, validUntilUtc, atUtc);
}
