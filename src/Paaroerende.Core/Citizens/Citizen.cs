using Paaroerende.Core.Tenancy;

namespace Paaroerende.Core.Citizens;

/// <summary>
/// An adult who gets help from a unit of the municipality. No CPR number is stored: staff find citizens by name
/// and birth date, which is enough within their own units and keeps the most sensitive identifier out of the portal.
/// </summary>
public class Citizen
{
    public Guid Id { get; set; }

    public Guid MunicipalityId { get; set; }

    public Municipality? Municipality { get; set; }

    public Guid UnitId { get; set; }

    public Unit? Unit { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public DateOnly BirthDate { get; set; }

    /// <summary>The citizen's own sign-in, once they have been invited.</summary>
    public string? UserId { get; set; }

    public string FullName => $"{FirstName} {LastName}";
}
