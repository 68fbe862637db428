namespace Paaroerende.Web.MitId;

/// <summary>Whether "Log ind med MitID" is offered: an authority is configured, or the local test broker exists.</summary>
public sealed record MitIdAvailability(bool Enabled);
