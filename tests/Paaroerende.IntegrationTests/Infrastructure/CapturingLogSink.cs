using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>
/// Keeps every log line (and exception text) the portal's Serilog logger writes, so tests can check what the portal
/// logs. Registered as a service; the portal's logging setup adds every <see cref="ILogEventSink"/> service as a sink.
/// </summary>
public sealed class CapturingLogSink : ILogEventSink
{
    private static readonly MessageTemplateTextFormatter Format =
        new("{Level}: {Message:lj} {Exception}", CultureInfo.InvariantCulture);

    public ConcurrentQueue<string> Lines { get; } = new();

    public void Emit(LogEvent logEvent)
    {
        using var line = new StringWriter(CultureInfo.InvariantCulture);
        Format.Format(logEvent, line);
        Lines.Enqueue(line.ToString());
    }
}
