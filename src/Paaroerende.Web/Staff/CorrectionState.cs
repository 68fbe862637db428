namespace Paaroerende.Web.Staff;

/// <summary>A published text in the staff's list: its body, or that it was withdrawn; and whether it was corrected.</summary>
public sealed record CorrectionState(string Body, DateTime? CorrectedAtUtc, DateTime? WithdrawnAtUtc);
