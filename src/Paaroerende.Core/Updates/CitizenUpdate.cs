using Paaroerende.Core.Consents;

namespace Paaroerende.Core.Updates;

/// <summary>
/// Something staff tell about a citizen ("Inger var på gåtur i dag"), tagged with the topic it belongs to.
/// Relatives see it only through the consent gate, for topics the citizen has consented to.
/// </summary>
public class CitizenUpdate
{
    public Guid Id { get; set; }

    public Guid CitizenId { get; set; }

    public ConsentTopic Topic { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public DateTime PublishedAtUtc { get; set; }

    public required string AuthorUserId { get; set; }
}
