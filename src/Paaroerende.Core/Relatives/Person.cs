namespace Paaroerende.Core.Relatives;

/// <summary>
/// A relative as a person. Not owned by a municipality: one person can be relative to citizens in several
/// municipalities and sees them all after one sign-in.
/// </summary>
public class Person
{
    public Guid Id { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>
    /// Entered by staff for a relative under 18, so the portal knows a child's age on every day (ADR 0038); left empty
    /// for an adult, whose age the portal has no need to know.
    /// </summary>
    public DateOnly? BirthDate { get; set; }

    /// <summary>The person's sign-in, once they have accepted an invitation.</summary>
    public string? UserId { get; set; }

    public string FullName => $"{FirstName} {LastName}";
}
