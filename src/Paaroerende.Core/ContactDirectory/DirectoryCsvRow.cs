namespace Paaroerende.Core.ContactDirectory;

/// <summary>
/// One line of the directory file: a contact with the situation and category it belongs under. A situation without
/// contacts is one line with the contact's columns empty.
/// </summary>
public sealed record DirectoryCsvRow(
    string Category,
    string Situation,
    string? Description,
    DateOnly? LastCheckedOn,
    string? ContactName,
    string? Phone,
    string? Email,
    string? OpeningHours,
    string? WebAddress,
    string? Note);
