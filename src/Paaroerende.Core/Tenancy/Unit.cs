namespace Paaroerende.Core.Tenancy;

/// <summary>A place or team that helps citizens: a nursing home, home care district, residential offer, ...</summary>
public class Unit
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Municipality? Municipality { get; set; }

    public required string Name { get; set; }

    public UnitType Type { get; set; }

    public string? StreetAddress { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? OpeningHours { get; set; }

    public string? VisitingHours { get; set; }
}
