using Paaroerende.Web.Notifications;

namespace Paaroerende.UnitTests.Infrastructure;

public class PublicAddressTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_missing_address_is_refused_with_the_setting_to_set(string? configured)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => PublicAddress.Check(configured));

        Assert.Contains("Notifications__PortalUrl", refused.Message, StringComparison.Ordinal);
        Assert.Contains("is missing", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("paaroerende.hvidovre.dk")]
    [InlineData("ftp://paaroerende.hvidovre.dk")]
    [InlineData("https://paaroerende.hvidovre.dk/?x=1")]
    [InlineData("/relative")]
    public void An_address_that_cannot_be_linked_to_is_refused(string configured)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => PublicAddress.Check(configured));

        Assert.Contains("https://", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://paaroerende.hvidovre.dk")]
    [InlineData("https://kommune.dk/paaroerende/")]
    [InlineData("http://localhost:5211")]
    public void A_public_address_is_accepted(string configured) =>
        Assert.Equal(configured, PublicAddress.Check(configured).OriginalString);
}
