namespace Paaroerende.Web.Staff;

/// <summary>
/// A published text in a list: its body, or that it was withdrawn; and whether it was corrected. Relatives see the
/// correction as "Rettet af personalet den …" (<paramref name="ForRelatives"/>); staff as "Rettet den …".
/// </summary>
public sealed record CorrectionState(string Body, DateTime? CorrectedAtUtc, DateTime? WithdrawnAtUtc, bool ForRelatives = false);
