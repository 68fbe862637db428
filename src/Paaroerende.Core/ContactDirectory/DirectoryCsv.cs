using System.Globalization;
using System.Text;
using CsvHelper;

namespace Paaroerende.Core.ContactDirectory;

/// <summary>
/// The contact directory as a CSV file the way Danish Excel writes it: semicolon-separated, UTF-8, a header line,
/// one line per contact. Writing escapes cells that Excel would run as formulas; reading checks the whole file and
/// returns either every problem with its line number or the complete directory, never a part of it.
/// </summary>
public static class DirectoryCsv
{
    public const int MaxBytes = 512 * 1024;
    public const int MaxLines = 5000;
    private const int MaxProblems = 50;
    private const char Delimiter = ';';

    public const string CategoryColumn = "Kategori";
    public const string SituationColumn = "Situation";
    public const string DescriptionColumn = "Beskrivelse";
    public const string LastCheckedColumn = "Senest tjekket";
    public const string ContactColumn = "Kontakt";
    public const string PhoneColumn = "Telefon";
    public const string EmailColumn = "E-mail";
    public const string OpeningHoursColumn = "Åbningstider";
    public const string WebAddressColumn = "Webadresse";
    public const string NoteColumn = "Note";

    public static readonly IReadOnlyList<string> Columns =
    [
        CategoryColumn, SituationColumn, DescriptionColumn, LastCheckedColumn, ContactColumn, PhoneColumn, EmailColumn,
        OpeningHoursColumn, WebAddressColumn, NoteColumn,
    ];

    /// <summary>Excel runs a cell that starts with one of these as a formula (CSV injection).</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private static readonly string[] DateFormats = ["dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    /// <summary>UTF-8 with a byte order mark, which is how Excel recognises UTF-8 and shows æ, ø and å correctly.</summary>
    public static byte[] Write(IEnumerable<DirectoryCsvRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var buffer = new MemoryStream();
        var options = new CsvWriterOptions
        {
            Separator = Delimiter,
            NewLine = "\r\n",
            WriteByteOrderMark = true,
            Injection = CsvInjection.None, // escaped below, so that reading can undo exactly that
        };
        using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
        {
            csv.WriteRecord([.. Columns]);
            foreach (var row in rows)
            {
                csv.WriteRecord(Fields(row).Select(f => EscapeFormula(f ?? "")).ToArray());
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Reads a whole file: with or without a byte order mark, any order of the known columns.</summary>
    public static DirectoryCsvResult Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length > MaxBytes)
        {
            return Failed(new CsvProblem(CsvProblemKind.TooLarge, Detail: (MaxBytes / 1024).ToString(CultureInfo.InvariantCulture)));
        }

        if (!TryDecode(content, out var text))
        {
            return Failed(new CsvProblem(CsvProblemKind.NotUtf8));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Failed(new CsvProblem(CsvProblemKind.Empty));
        }

        return new Reader(text).Read();
    }

    private static IEnumerable<string?> Fields(DirectoryCsvRow row) =>
    [
        row.Category, row.Situation, row.Description,
        row.LastCheckedOn?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
        row.ContactName, row.Phone, row.Email, row.OpeningHours, row.WebAddress, row.Note,
    ];

    private static string EscapeFormula(string field) =>
        field.Length > 0 && FormulaStarts.Contains(field[0]) ? "'" + field : field;

    /// <summary>Undoes <see cref="EscapeFormula"/>, so an exported file imports unchanged.</summary>
    private static string UnescapeFormula(string field) =>
        field.Length > 1 && field[0] == '\'' && FormulaStarts.Contains(field[1]) ? field[1..] : field;

    private static bool TryDecode(byte[] content, out string text)
    {
        text = "";
        ReadOnlySpan<byte> bytes = content;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return false; // UTF-16 ("Unicode-tekst" in Excel)
        }

        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        // A NUL character never belongs in a text file: the file is binary or in another encoding.
        return !text.Contains('\0', StringComparison.Ordinal);
    }

    private static DirectoryCsvResult Failed(CsvProblem problem) => new([problem], []);

    private sealed class Reader(string text)
    {
        private readonly List<CsvProblem> _problems = [];
        private readonly List<(int Line, DirectoryCsvRow Row)> _rows = [];

        public DirectoryCsvResult Read()
        {
            var options = new CsvReaderOptions
            {
                Separator = Delimiter,
                HasHeader = false,
                Mode = CsvMode.Rfc4180,
                SkipEmptyLines = true,
                TrackLineNumbers = true,
                MalformedData = CsvMalformedDataHandling.Recover,
                FieldCountMismatch = CsvFieldCountHandling.Allow,
                OnMalformedRecord = record =>
                    Add(new CsvProblem(CsvProblemKind.BadQuote, (int)Math.Min(record.LineNumber, int.MaxValue))),
            };
            using var reader = CsvReader.FromText(text, options);
            if (!reader.Read() || !TryReadHeader(reader.Current.ToArray(), out var header, out var positions))
            {
                return Result();
            }

            while (_problems.Count < MaxProblems && reader.Read())
            {
                // The line a record starts on, counting the header as line 1 (a quoted cell may span lines).
                var line = (int)Math.Min(reader.LineNumber, int.MaxValue);
                if (line > MaxLines)
                {
                    Add(new CsvProblem(CsvProblemKind.TooManyRows, Detail: MaxLines.ToString(CultureInfo.InvariantCulture)));
                    break;
                }

                var record = reader.Current.ToArray();
                if (record.All(string.IsNullOrWhiteSpace))
                {
                    continue; // Excel writes ";;;;;;;;;" for an empty row.
                }

                if (record.Length != header.Length)
                {
                    Add(new CsvProblem(CsvProblemKind.WrongFieldCount, line,
                        Detail: $"{record.Length.ToString(CultureInfo.InvariantCulture)}|{header.Length.ToString(CultureInfo.InvariantCulture)}"));
                    continue;
                }

                ReadRow(line, record, positions);
            }

            return Result();
        }

        private bool TryReadHeader(string[] fields, out string[] names, out Dictionary<string, int> positions)
        {
            var found = new Dictionary<string, int>();
            var trimmed = fields.Select(h => h.Trim()).ToArray();
            positions = found;
            names = trimmed;
            if (trimmed.Length == 1 && (trimmed[0].Contains(',', StringComparison.Ordinal) || trimmed[0].Contains('\t', StringComparison.Ordinal)))
            {
                Add(new CsvProblem(CsvProblemKind.WrongDelimiter, 1));
                return false;
            }

            for (var i = 0; i < trimmed.Length; i++)
            {
                var known = Columns.FirstOrDefault(c => string.Equals(c, trimmed[i], StringComparison.OrdinalIgnoreCase));
                if (known is not null)
                {
                    found.TryAdd(known, i);
                }
            }

            var unknown = trimmed.Where(n => n.Length > 0 && !Columns.Contains(n, StringComparer.OrdinalIgnoreCase)).ToList();
            var missing = Columns.Where(c => !found.ContainsKey(c)).ToList();
            if (missing.Count > 0)
            {
                Add(new CsvProblem(CsvProblemKind.MissingColumns, 1, Detail: string.Join(", ", missing)));
            }

            if (unknown.Count > 0)
            {
                Add(new CsvProblem(CsvProblemKind.UnknownColumns, 1, Detail: string.Join(", ", unknown)));
            }

            return missing.Count == 0 && unknown.Count == 0;
        }

        private void ReadRow(int line, string[] record, Dictionary<string, int> positions)
        {
            var before = _problems.Count;
            string? Field(string column, int maxLength, bool required = false)
            {
                var value = UnescapeFormula(record[positions[column]].Trim());
                if (value.Length == 0)
                {
                    if (required)
                    {
                        Add(new CsvProblem(CsvProblemKind.Required, line, column));
                    }

                    return null;
                }

                if (value.Length > maxLength)
                {
                    Add(new CsvProblem(CsvProblemKind.TooLong, line, column, maxLength.ToString(CultureInfo.InvariantCulture)));
                }

                return value;
            }

            var category = Field(CategoryColumn, Data.FieldLengths.Title, required: true);
            var situation = Field(SituationColumn, Data.FieldLengths.Title, required: true);
            var description = Field(DescriptionColumn, Data.FieldLengths.LongText);
            var lastChecked = Field(LastCheckedColumn, 20);
            var name = Field(ContactColumn, Data.FieldLengths.Name);
            var phone = Field(PhoneColumn, Data.FieldLengths.Phone);
            var email = Field(EmailColumn, Data.FieldLengths.Email);
            var openingHours = Field(OpeningHoursColumn, Data.FieldLengths.ShortText);
            var webAddress = Field(WebAddressColumn, Data.FieldLengths.Url);
            var note = Field(NoteColumn, Data.FieldLengths.LongText);

            DateOnly? checkedOn = null;
            if (lastChecked is not null)
            {
                if (DateOnly.TryParseExact(lastChecked, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    checkedOn = day;
                }
                else
                {
                    Add(new CsvProblem(CsvProblemKind.InvalidDate, line, LastCheckedColumn, lastChecked));
                }
            }

            if (phone is not null && !ContactRules.IsValidPhone(phone))
            {
                Add(new CsvProblem(CsvProblemKind.InvalidPhone, line, PhoneColumn, phone));
            }

            if (email is not null && !ContactRules.IsValidEmail(email))
            {
                Add(new CsvProblem(CsvProblemKind.InvalidEmail, line, EmailColumn, email));
            }

            if (webAddress is not null && !ContactRules.IsValidWebAddress(webAddress))
            {
                Add(new CsvProblem(CsvProblemKind.InvalidWebAddress, line, WebAddressColumn, webAddress));
            }

            if (name is null && (phone ?? email ?? openingHours ?? webAddress ?? note) is not null)
            {
                Add(new CsvProblem(CsvProblemKind.ContactNameMissing, line, ContactColumn));
            }

            if (_problems.Count == before)
            {
                _rows.Add((line, new DirectoryCsvRow(
                    category!, situation!, description, checkedOn, name, phone, email, openingHours, webAddress, note)));
            }
        }

        private DirectoryCsvResult Result()
        {
            if (_problems.Count == 0 && _rows.Count == 0)
            {
                Add(new CsvProblem(CsvProblemKind.Empty));
            }

            var categories = _problems.Count == 0 ? DirectoryCsvBuilder.Build(_rows, Add) : [];
            return _problems.Count == 0
                ? new DirectoryCsvResult([], categories)
                : new DirectoryCsvResult(_problems.Take(MaxProblems).ToList(), []);
        }

        private void Add(CsvProblem problem) => _problems.Add(problem);
    }
}

/// <summary>Either problems (and nothing to save) or the complete directory.</summary>
public sealed record DirectoryCsvResult(IReadOnlyList<CsvProblem> Problems, IReadOnlyList<DirectoryCategory> Categories)
{
    public bool IsValid => Problems.Count == 0;
}
