namespace Paaroerende.Core.Identity;

/// <summary>
/// The employees the local test broker can sign in as when it acts as Hvidovre's own identity provider (Development
/// and tests only, docs/adr/0044), and the groups it can put in their tokens. The demo staff member and administrator
/// are bound to these subjects, as a real deployment binds an employee's subject when an invitation is accepted.
/// </summary>
public static class StaffIdpTestPersons
{
    /// <summary>The municipality the test broker stands in for.</summary>
    public const string Municipality = "hvidovre";

    /// <summary>The actor of an audit entry about a staff sign-in that matched no account.</summary>
    public const string AnonymousActor = "staff-idp";

    public const string StaffSubject = "5d0e8b21-7c3f-4a90-b6e2-1f4c9a7d3e11";
    public const string AdministratorSubject = "9a2c4e6f-8b1d-4f3a-a5c7-e9b1d3f5a712";

    public const string StaffGroup = "pp-medarbejdere";
    public const string AdministratorGroup = "pp-administratorer";
    public const string DemohavenGroup = "pp-enhed-demohaven";
    public const string HomeCareSouthGroup = "pp-enhed-hjemmeplejen-syd";
}
