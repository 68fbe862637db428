namespace Paaroerende.Web.Infrastructure;

/// <summary>
/// Every log line the web project writes. Structured, and never with personal data: ids of requests, routes and
/// statuses only — no names, e-mail addresses, query strings or form values.
/// </summary>
internal static partial class PortalLog
{
    [LoggerMessage(EventId = 2, Level = LogLevel.Error,
        Message = "Unhandled exception for {Method} {Route} [{CorrelationId}]")]
    public static partial void UnhandledException(
        ILogger logger, Exception exception, string method, string route, string correlationId);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Pårørendeportalen is listening on {Url}")]
    public static partial void Listening(ILogger logger, string url);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Sign-in failed: {Outcome} [{CorrelationId}]")]
    public static partial void SignInFailed(ILogger logger, string outcome, string correlationId);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "Rate limit {Policy} reached [{CorrelationId}]")]
    public static partial void RateLimited(ILogger logger, string policy, string correlationId);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning,
        Message = "Password hashing busy: no slot within {MaxWaitMs} ms [{CorrelationId}]")]
    public static partial void PasswordHashingBusy(ILogger logger, double maxWaitMs, string correlationId);
}
