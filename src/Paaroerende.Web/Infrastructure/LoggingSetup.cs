using Serilog;

namespace Paaroerende.Web.Infrastructure;

internal static class LoggingSetup
{
    /// <summary>
    /// Serilog from the "Serilog" section of appsettings (sinks and levels), and from sinks registered as services
    /// (the tests register one that keeps the lines). Each host builds its own logger and leaves the static
    /// <see cref="Log.Logger"/> alone: the integration tests start many hosts in one process, and a shared
    /// bootstrap logger can be frozen only once.
    /// </summary>
    public static void AddPortalLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(services.GetRequiredService<IConfiguration>())
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.With<WithoutRequestPath>(),
            preserveStaticLogger: true);
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
