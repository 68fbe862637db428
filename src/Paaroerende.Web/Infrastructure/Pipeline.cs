using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Paaroerende.Web.Infrastructure;

internal static class Pipeline
{
    public static void UsePortalPipeline(this WebApplication app)
    {
        app.UsePortalForwardedHeaders();
        app.UseMiddleware<SecurityHeaders>();
        app.UsePortalRequestLogging();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/Error",
                // A database outage is a 503, and the error page gets fresh services rather than the failed ones.
                StatusCodeSelector = DatabaseOutage.StatusCodeFor,
                CreateScopeForErrors = true,
            });
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/StatusCode", "?code={0}");
        app.UseMiddleware<NulCharacterGuard>();
        app.UseStaticFiles();
        app.UseRequestLocalization(app.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapRazorPages();

        // An address that matches nothing is a 404 for everyone, signed in or not, rather than a sign-in redirect.
        app.MapFallback(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }).AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync })
            .AllowAnonymous();
    }
}
