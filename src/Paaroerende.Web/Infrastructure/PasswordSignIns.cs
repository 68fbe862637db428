using Microsoft.Extensions.Options;
using Paaroerende.Core.Identity;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// The "SignIn" section. Citizens and relatives sign in with MitID; a password is for them only where a deployment
/// turns <see cref="PasswordsEnabled"/> on (Development and the tests do, in their appsettings). Staff and
/// administrators keep their password and second factor whatever it says, until their municipality's own identity
/// provider takes over (docs/adr/0042).
/// </summary>
public sealed class SignInOptions
{
    public const string Section = "SignIn";

    /// <summary>False unless configured: outside Development a citizen's or relative's password is refused.</summary>
    public bool PasswordsEnabled { get; set; }
}

/// <summary>Who may use a password: everyone when passwords are on, else only accounts that hold a staff role.</summary>
public sealed class PasswordSignIns(IOptions<SignInOptions> options)
{
    private static readonly string[] StaffRoles = [PortalRoles.Staff, PortalRoles.Administrator];

    /// <summary>Whether citizens and relatives may choose and use passwords at all.</summary>
    public bool ForEveryone => options.Value.PasswordsEnabled;

    /// <summary>Whether an account with these roles may sign in, reset or set a password.</summary>
    public bool AllowedFor(IEnumerable<string> roles) => ForEveryone || roles.Any(StaffRoles.Contains);
}
