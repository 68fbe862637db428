namespace Paaroerende.Core.Calendar;

/// <summary>
/// An event or a meeting: staff may cancel it once, with a reason, and correct its text, place and time with a revision
/// (docs/adr/0041); nothing else about it changes after it is created
/// (<see cref="Data.AppendOnlyGuard"/>), so what relatives were shown stays what the row says (docs/adr/0036).
/// </summary>
public interface ICancellable
{
    Guid Id { get; }

    DateTime? CancelledAtUtc { get; set; }

    string? CancelledByUserId { get; set; }

    string? CancelReason { get; set; }
}
