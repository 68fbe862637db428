namespace Paaroerende.Core.Identity;

public static class PortalRoles
{
    public const string Relative = "Relative";
    public const string Staff = "Staff";
    public const string Administrator = "Administrator";
    public const string Citizen = "Citizen";

    public static readonly IReadOnlyList<string> All = [Relative, Staff, Administrator, Citizen];
}
