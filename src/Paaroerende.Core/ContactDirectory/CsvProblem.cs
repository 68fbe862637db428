namespace Paaroerende.Core.ContactDirectory;

/// <summary>Why a directory file cannot be imported; the page turns each kind into a sentence in the user's language.</summary>
public enum CsvProblemKind
{
    Empty,
    TooLarge,
    NotUtf8,
    WrongDelimiter,
    MissingColumns,
    UnknownColumns,
    TooManyRows,
    WrongFieldCount,
    BadQuote,
    Required,
    TooLong,
    InvalidPhone,
    InvalidEmail,
    InvalidWebAddress,
    InvalidDate,
    ContactNameMissing,
    SituationConflict,
}

/// <param name="Line">The line in the file (the header is line 1), when the problem belongs to one line.</param>
/// <param name="Column">The column's heading as it stands in the file's first line.</param>
/// <param name="Detail">A number or names that complete the sentence: the maximum length, the other line, the missing columns.</param>
public sealed record CsvProblem(CsvProblemKind Kind, int? Line = null, string? Column = null, string? Detail = null);
