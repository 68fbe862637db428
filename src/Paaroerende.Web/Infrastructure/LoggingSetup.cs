using Serilog;
using Serilog.Extensions.Logging;

namespace Paaroerende.Web.Infrastructure;

internal static class LoggingSetup
{
    /// <summary>
    /// Serilog from the "Serilog" section of appsettings (sinks and levels), behind Microsoft.Extensions.Logging.
    /// Serilog.AspNetCore does not restore here, so per-request lines come from <see cref="RequestLoggingMiddleware"/>.
    /// </summary>
    public static void AddPortalLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();

        // Built from the final configuration when the logger factory is first needed, so every configuration
        // source (including a test host's) decides sinks and levels.
        builder.Services.AddSingleton<ILoggerProvider>(sp => new SerilogLoggerProvider(
            new LoggerConfiguration()
                .ReadFrom.Configuration(sp.GetRequiredService<IConfiguration>())
                .Enrich.FromLogContext()
                .CreateLogger(),
            dispose: true));
    }

    public static void LogListeningAddresses(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Paaroerende.Web");
            foreach (var url in app.Urls)
            {
                PortalLog.Listening(logger, url);
            }
        });
    }
}
