using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Paaroerende.Core.Identity;

namespace Paaroerende.Web.Infrastructure;

/// <summary>Identity's own hasher (PBKDF2), each hash run inside the <see cref="PasswordHashingGate"/>.</summary>
public sealed class CappedPasswordHasher(PasswordHashingGate gate, IOptions<PasswordHasherOptions> options)
    : IPasswordHasher<PortalUser>
{
    private readonly PasswordHasher<PortalUser> _inner = new(options);

    public string HashPassword(PortalUser user, string password) => gate.Run(() => _inner.HashPassword(user, password));

    public PasswordVerificationResult VerifyHashedPassword(PortalUser user, string hashedPassword, string providedPassword) =>
        gate.Run(() => _inner.VerifyHashedPassword(user, hashedPassword, providedPassword));
}
