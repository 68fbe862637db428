using Paaroerende.Core.Identity;
using Paaroerende.Core.Invitations;

namespace Paaroerende.UnitTests.Identity;

public class OneTimeTokensTests
{
    [Fact]
    public void Every_token_is_new_and_fit_for_a_link()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => OneTimeTokens.NewToken()).ToList();

        Assert.Equal(tokens.Count, tokens.Distinct().Count());
        Assert.All(tokens, t => Assert.Matches("^[A-Za-z0-9_-]{43}$", t));
        Assert.All(tokens, t => Assert.True(OneTimeTokens.IsPlausible(t)));
    }

    [Fact]
    public void Only_the_hash_is_kept_and_the_same_token_always_gives_the_same_hash()
    {
        var token = OneTimeTokens.NewToken();

        Assert.Equal(OneTimeTokens.Hash(token), OneTimeTokens.Hash(token));
        Assert.NotEqual(OneTimeTokens.Hash(token), OneTimeTokens.Hash(OneTimeTokens.NewToken()));
        Assert.DoesNotContain(token, OneTimeTokens.Hash(token), StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{64}$", OneTimeTokens.Hash(token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_token_is_not_looked_up(string? token) => Assert.False(OneTimeTokens.IsPlausible(token));

    [Fact]
    public void An_absurdly_long_token_is_not_looked_up() => Assert.False(OneTimeTokens.IsPlausible(new string('a', 101)));

    [Fact]
    public void Invitations_last_seven_days() => Assert.Equal(TimeSpan.FromDays(7), OneTimeTokens.InvitationLifetime);
}
