using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Paaroerende.Web.Infrastructure;
using Serilog.Events;

namespace Paaroerende.UnitTests.Infrastructure;

public class RequestLogTests
{
    [Fact]
    public void An_anonymous_request_to_no_endpoint_logs_only_the_first_folder_and_no_account()
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = "/hemmelig/Karen Jensen";
        context.Request.QueryString = new QueryString("?token=abc");
        context.Request.Headers[CorrelationId.HeaderName] = "corr-id-0001";

        var properties = RequestLog.PropertiesOf(context, "/hemmelig/Karen Jensen", 12.5, 404).ToDictionary(p => p.Name, p => p.Value);

        Assert.Equal("/hemmelig/…", Scalar(properties["Route"]));
        Assert.Equal(404, Scalar(properties["StatusCode"]));
        Assert.Equal(12.5, Scalar(properties["Elapsed"]));
        Assert.Equal("corr-id-0001", Scalar(properties["CorrelationId"]));
        Assert.Null(Scalar(properties["AccountId"]));
        Assert.DoesNotContain(properties.Values, v => v.ToString().Contains("Karen", StringComparison.Ordinal) || v.ToString().Contains("token", StringComparison.Ordinal));
    }

    [Fact]
    public void A_signed_in_request_logs_the_account_id_and_nothing_else_about_the_user()
    {
        var context = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, "account-42"), new Claim(ClaimTypes.Email, "a@b.example"), new Claim(PortalClaims.DisplayName, "Karen")],
                "test")),
        };
        context.Request.Method = "GET";
        context.Request.Path = "/";

        var properties = RequestLog.PropertiesOf(context, "/", 1, 200);

        Assert.Equal("account-42", Scalar(properties.Single(p => p.Name == "AccountId").Value));
        Assert.Equal(["RequestMethod", "Route", "StatusCode", "Elapsed", "CorrelationId", "AccountId"], properties.Select(p => p.Name));
        Assert.DoesNotContain(properties, p => p.Value.ToString().Contains("Karen", StringComparison.Ordinal) || p.Value.ToString().Contains("a@b", StringComparison.Ordinal));
    }

    private static object? Scalar(LogEventPropertyValue value) => Assert.IsType<ScalarValue>(value).Value;
}
