using Paaroerende.Core.Consents;

namespace Paaroerende.Core.Updates;

/// <summary>
/// Something staff tell about a citizen ("Inger var på gåtur i dag"), tagged with the topic it belongs to.
/// Relatives see it only through the consent gate, for topics the citizen has consented to. Staff may correct its text
/// or withdraw it (docs/adr/0034); what it said before is kept as a <see cref="CitizenUpdateRevision"/>, and its topic,
/// citizen and publishing time never change.
/// </summary>
public class CitizenUpdate : ICorrectableText
{
    public Guid Id { get; set; }

    public Guid CitizenId { get; set; }

    public ConsentTopic Topic { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public DateTime PublishedAtUtc { get; set; }

    public required string AuthorUserId { get; set; }

    /// <summary>When the text was last corrected; relatives see "Rettet den …".</summary>
    public DateTime? CorrectedAtUtc { get; set; }

    /// <summary>When it was withdrawn: from then on no relative sees it, anywhere.</summary>
    public DateTime? WithdrawnAtUtc { get; set; }
}
