using Paaroerende.Demo;

namespace Paaroerende.E2ETests.PageObjects;

/// <summary>Who the browser is: anonymous, or one of the demo accounts, with the start page it lands on.</summary>
public sealed record DemoRole(string Name, string? Email, string StartPath)
{
    public static readonly DemoRole Anonymous = new("anonymous", null, "/");
    public static readonly DemoRole Relative = new("relative", DemoAccounts.Relative, "/Relatives");
    public static readonly DemoRole Staff = new("staff", DemoAccounts.Staff, "/Staff");
    public static readonly DemoRole Administrator = new("administrator", DemoAccounts.Administrator, "/Admin");
    public static readonly DemoRole Citizen = new("citizen", DemoAccounts.Citizen, "/Citizen");

    public static readonly IReadOnlyList<DemoRole> All = [Anonymous, Relative, Staff, Administrator, Citizen];

    public bool SignsIn => Email is not null;

    /// <summary>Looks a role up by name: theories take the name, so each case shows up readably in the test list.</summary>
    public static DemoRole Named(string name) =>
        All.SingleOrDefault(r => r.Name == name)
        ?? throw new ArgumentOutOfRangeException(nameof(name), name, "No such demo role.");

    public static TheoryData<string> SignedInNames => [.. All.Where(r => r.SignsIn).Select(r => r.Name)];

    public static TheoryData<string> AllNames => [.. All.Select(r => r.Name)];

    public override string ToString() => Name;
}
