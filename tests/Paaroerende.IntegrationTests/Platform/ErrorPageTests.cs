using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.IntegrationTests.Infrastructure;

namespace Paaroerende.IntegrationTests.Platform;

public class ErrorPageTests
{
    [Fact]
    public async Task A_failing_page_answers_a_Danish_error_page_with_the_correlation_id_and_no_stack_trace()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite, demoData: false,
            services: s => s.Configure<MvcOptions>(o => o.Filters.Add(new FailWhenAsked())));
        using var client = factory.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri("/Tilgaengelighed?fejl=1", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        var page = await HtmlForms.ParseAsync(response);
        var correlationId = response.Headers.GetValues("X-Correlation-Id").Single();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Der skete en fejl", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(correlationId, page.QuerySelector("[data-correlation-id]")?.TextContent);
        Assert.DoesNotContain("Testfejl", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.Contains(factory.Logs.Lines, l => l.Contains(correlationId, StringComparison.Ordinal) && l.Contains("responded 500", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Not_yours_from_the_core_answers_the_same_404_as_an_unknown_address_not_a_500()
    {
        await using var factory = await PortalFactory.CreateAsync(DatabaseProviders.Sqlite, demoData: false,
            services: s => s.Configure<MvcOptions>(o => o.Filters.Add(new NotYoursWhenAsked())));
        using var client = factory.CreateBrowserLikeClient();

        using var notYours = await client.GetAsync(new Uri("/Tilgaengelighed?ikke-din=1", UriKind.Relative));
        using var unknown = await client.GetAsync(new Uri("/findes-ikke", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, notYours.StatusCode);
        Assert.Equal((await HtmlForms.ParseAsync(unknown)).QuerySelector("h1")?.TextContent,
            (await HtmlForms.ParseAsync(notYours)).QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains("responded 500", StringComparison.Ordinal));
    }

    /// <summary>The core's "not yours", as a page handler meets it when an update was withdrawn a moment earlier.</summary>
    private sealed class NotYoursWhenAsked : IPageFilter
    {
        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
            if (context.HttpContext.Request.Query.ContainsKey("ikke-din"))
            {
                throw new Paaroerende.Core.NotFoundException();
            }
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }

    /// <summary>Makes any page fail when the query asks for it, as a bug in a page would.</summary>
    private sealed class FailWhenAsked : IPageFilter
    {
        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
            if (context.HttpContext.Request.Query.ContainsKey("fejl") && context.ActionDescriptor.ViewEnginePath == "/Tilgaengelighed")
            {
                throw new InvalidOperationException("Testfejl med persondata: Inger Prøvesen");
            }
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }
}
