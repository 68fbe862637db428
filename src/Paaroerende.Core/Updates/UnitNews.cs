namespace Paaroerende.Core.Updates;

/// <summary>
/// News for a whole unit ("Sommerfest lørdag"): general information about the unit, not about any citizen. Relatives
/// see it while they have an active relation to a citizen of the unit. Staff of the unit may correct or withdraw it, as
/// an update (docs/adr/0034).
/// </summary>
public class UnitNews : ICorrectableText
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public DateTime PublishedAtUtc { get; set; }

    public required string AuthorUserId { get; set; }

    /// <summary>When the text was last corrected; relatives see "Rettet den …".</summary>
    public DateTime? CorrectedAtUtc { get; set; }

    /// <summary>When it was withdrawn: from then on no relative sees it.</summary>
    public DateTime? WithdrawnAtUtc { get; set; }
}
