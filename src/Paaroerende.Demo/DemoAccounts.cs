using Paaroerende.Core.Identity;

namespace Paaroerende.Demo;

/// <summary>
/// The demo sign-ins listed in the README. They exist only where Demo:Enabled is true (Development), never in a
/// real deployment, so the shared demo password is not a secret.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Demo-Portal-2026";

    /// <summary>Relative to a citizen in Hvidovre and a citizen in Ishøj.</summary>
    public const string Relative = "paaroerende@demo.example";

    /// <summary>Relative to one citizen in Hvidovre.</summary>
    public const string SecondRelative = "paaroerende2@demo.example";

    /// <summary>An 11-year-old grandchild of the citizen in Ishøj: the portal as a child relative sees it (ADR 0038).</summary>
    public const string YoungRelative = "ung@demo.example";

    public const string Staff = "medarbejder@demo.example";
    public const string Administrator = "admin.hvidovre@demo.example";
    public const string IshoejAdministrator = "admin.ishoej@demo.example";
    public const string Citizen = "borger@demo.example";

    /// <summary>
    /// The authenticator key (Base32) that the demo staff and administrators are given, so anyone trying the demo can
    /// add it to an authenticator app, and tests can compute the codes. Two-factor sign-in is still set up at the first
    /// sign-in, as for a real account; this only makes the key predictable.
    /// </summary>
    public const string AuthenticatorKey = "PAAROERENDEPORTALDEMOKEYSTAFFADM";

    /// <summary>The demo sign-ins that the local test broker's people are bound to (docs/adr/0035).</summary>
    public static readonly IReadOnlyList<(string Email, string Subject)> MitIdBindings =
    [
        (Citizen, MitIdTestPersons.CitizenSubject),
        (Relative, MitIdTestPersons.RelativeSubject),
        (SecondRelative, MitIdTestPersons.SecondRelativeSubject),
    ];

    /// <summary>The demo staff sign-ins that the test broker's Hvidovre employees are bound to (docs/adr/0044).</summary>
    public static readonly IReadOnlyList<(string Email, string Subject)> StaffIdpBindings =
    [
        (Staff, StaffIdpTestPersons.StaffSubject),
        (Administrator, StaffIdpTestPersons.AdministratorSubject),
    ];
}
