using Serilog.Core;
using Serilog.Events;

namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// Takes ASP.NET Core's RequestPath off every log event. The hosting layer puts it in the logging scope of each
/// request, and a path carries ids and whatever a visitor typed (a mistyped address can hold a name); the request
/// line logs the route template instead (<see cref="RequestLog"/>).
/// </summary>
internal sealed class WithoutRequestPath : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        logEvent.RemovePropertyIfPresent("RequestPath");
    }
}
