namespace Paaroerende.Core.Notifications;

/// <summary>
/// How far a background job has looked, e.g. up to which moment expired consents have been announced. A run claims the
/// next stretch by moving the mark with a conditional update in the same transaction as its mails, so each stretch is
/// handled exactly once, even with several servers or after a crash.
/// </summary>
public class JobWatermark
{
    public required string Name { get; set; }

    public DateTime CoveredUntilUtc { get; set; }
}
