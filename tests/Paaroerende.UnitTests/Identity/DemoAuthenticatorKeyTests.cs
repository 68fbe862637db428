using Paaroerende.Demo;

namespace Paaroerende.UnitTests.Identity;

public class DemoAuthenticatorKeyTests
{
    [Fact]
    public void The_demo_authenticator_key_is_Base32_and_the_README_shows_it_as_the_set_up_page_groups_it()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var grouped = string.Join(' ', DemoAccounts.AuthenticatorKey.Chunk(4).Select(c => new string(c)));

        Assert.Matches("^[A-Z2-7]{32}$", DemoAccounts.AuthenticatorKey);
        Assert.Contains(grouped, readme, StringComparison.Ordinal);
        Assert.Contains(DemoAccounts.AuthenticatorKey, readme, StringComparison.Ordinal);
    }
}
