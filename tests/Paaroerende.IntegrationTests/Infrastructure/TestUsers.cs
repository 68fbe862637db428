using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.Core.Identity;

namespace Paaroerende.IntegrationTests.Infrastructure;

public static class TestUsers
{
    public const string Password = "en-lang-test-adgangskode";

    /// <summary>A fresh user of the given role, so a test that locks or changes an account touches no one else.</summary>
    public static async Task<string> CreateUserAsync(this PortalFactory factory, string role)
    {
        var email = $"test-{Guid.NewGuid():N}@test.example";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test Testesen" };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return email;
    }
}
