using Paaroerende.Core.Tenancy;

namespace Paaroerende.Core.GeneralInformation;

/// <summary>A relatives' council (pårørenderåd) for a unit or the whole municipality.</summary>
public class RelativesCouncil
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Municipality? Municipality { get; set; }

    public Guid? UnitId { get; set; }

    public Unit? Unit { get; set; }

    public required string Name { get; set; }

    public required string Description { get; set; }

    public string? ContactEmail { get; set; }

    public DateTime? NextMeetingUtc { get; set; }
}
