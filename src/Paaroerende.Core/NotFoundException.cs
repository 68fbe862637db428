namespace Paaroerende.Core;

/// <summary>
/// The core's one answer to "not yours, or not there": a citizen, relation, update, thread or item outside what the
/// acting person may act on. The core does not tell the two apart, so neither can a caller; the web maps it to the same
/// 404 a stranger gets on every page (WrongRequestExceptionFilter).
/// </summary>
public sealed class NotFoundException() : Exception("No such item for this user.");
