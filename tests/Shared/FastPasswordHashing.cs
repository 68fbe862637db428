using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Paaroerende.TestSupport;

/// <summary>
/// Test hosts hash passwords with Identity's own hasher and format, with fewer PBKDF2 rounds than the portal's
/// 100,000 (Identity's default, which the portal keeps). Every test host seeds seven demo sign-ins and most tests sign
/// in several times: at full strength that was about a tenth of a second a hash on the CI machine, over a minute of
/// the suite. What the tests check of hashing (one verification per attempt whatever the address, the cap on
/// concurrent hashing) is counted, never timed (docs/adr/0013), so it holds at any round count.
/// </summary>
public static class FastPasswordHashing
{
    public const int Iterations = 1_000;

    public static void Use(IServiceCollection services) =>
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = Iterations);
}
