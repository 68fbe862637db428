using Microsoft.AspNetCore.Http;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.UnitTests.Infrastructure;

public class CorrelationIdTests
{
    [Fact]
    public void A_plain_incoming_id_is_kept_so_calls_can_be_followed_across_systems()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers[CorrelationId.HeaderName] = "abc-123-def";

        Assert.Equal("abc-123-def", CorrelationId.Get(context));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("short")]
    [InlineData("line\nbreak-injected-into-logs")]
    public void An_unsafe_incoming_id_is_replaced(string incoming)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers[CorrelationId.HeaderName] = incoming;

        var id = CorrelationId.Get(context);

        Assert.NotEqual(incoming, id);
        Assert.Matches("^[a-f0-9]{12}$", id);
    }

    [Fact]
    public void The_id_stays_the_same_for_the_whole_request()
    {
        var context = new DefaultHttpContext();

        Assert.Equal(CorrelationId.Get(context), CorrelationId.Get(context));
    }
}
