namespace Paaroerende.Core.Calendar;

/// <summary>The one way an event or a meeting changes after it is created: cancelled, once, with who, when and why.</summary>
internal static class Cancellation
{
    public static void Apply(ICancellable item, string staffUserId, string reason, DateTime now)
    {
        item.CancelledAtUtc = now;
        item.CancelledByUserId = staffUserId;
        item.CancelReason = reason.Trim();
    }
}
