namespace Paaroerende.Core.Consents;

/// <summary>A topic of a citizen that a person record may see at the moment (a row of <see cref="ConsentGate.AllowedTopicsOn"/>).</summary>
public sealed class AllowedTopic
{
    public Guid PersonId { get; init; }

    public Guid CitizenId { get; init; }

    public ConsentTopic Topic { get; init; }

    /// <summary>The earliest publication the grants in force disclose (null discloses nothing: default deny).</summary>
    public DateTime? DisclosesFromUtc { get; init; }
}

/// <summary>An update that a person record may read at the moment (a row of <see cref="ConsentGate.VisibleUpdatesOn"/>).</summary>
public sealed class VisibleUpdate
{
    public Guid PersonId { get; init; }

    public Guid CitizenId { get; init; }

    public Guid Id { get; init; }

    public ConsentTopic Topic { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    public DateTime PublishedAtUtc { get; init; }

    /// <summary>When staff last corrected the text (the relative sees "Rettet den …"); null if never.</summary>
    public DateTime? CorrectedAtUtc { get; init; }
}
