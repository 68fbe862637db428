namespace Paaroerende.Core.Consents;

/// <summary>
/// The current decision of one line (relation, topic, basis): a copy of the line's newest <see cref="ConsentRecord"/>,
/// kept in the same transaction as every append (<see cref="CurrentConsentKeeper"/>), so a relative's page reads a few
/// indexed rows instead of working out "newest per line" over the whole history. Expiry and future starts stay in the
/// query (valid from/until are copied, not evaluated), so no job has to run. The person and citizen are copied from the
/// relation, which never changes them; whether the relation is active is read from the relation itself.
/// </summary>
public class CurrentConsent
{
    public Guid RelationId { get; set; }

    public ConsentTopic Topic { get; set; }

    public ConsentBasis Basis { get; set; }

    public Guid PersonId { get; set; }

    public Guid CitizenId { get; set; }

    public ConsentLevel Level { get; set; }

    public DateTime ValidFromUtc { get; set; }

    public DateTime? ValidUntilUtc { get; set; }

    public DateTime? DisclosesFromUtc { get; set; }

    /// <summary>The history record this row copies.</summary>
    public Guid RecordId { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    internal void CopyFrom(ConsentRecord record)
    {
        Level = record.Level;
        ValidFromUtc = record.ValidFromUtc;
        ValidUntilUtc = record.ValidUntilUtc;
        DisclosesFromUtc = record.DisclosesFromUtc;
        RecordId = record.Id;
        RecordedAtUtc = record.RecordedAtUtc;
    }
}
