using Paaroerende.Core.Tenancy;

namespace Paaroerende.Core.Identity;

/// <summary>Staff work in one or more units and see only those units' citizens.</summary>
public class StaffUnitAssignment
{
    public required string UserId { get; set; }

    public Guid UnitId { get; set; }

    public Unit? Unit { get; set; }
}
