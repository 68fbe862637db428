namespace Paaroerende.Core.Updates;

/// <summary>
/// News for a whole unit ("Sommerfest lørdag"): general information about the unit, not about any citizen. Relatives
/// see it while they have an active relation to a citizen of the unit.
/// </summary>
public class UnitNews
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public DateTime PublishedAtUtc { get; set; }

    public required string AuthorUserId { get; set; }
}
