using System.Text;
using Paaroerende.Core.ContactDirectory;

namespace Paaroerende.UnitTests.ContactDirectory;

public class DirectoryCsvTests
{
    private const string Header = "Kategori;Situation;Beskrivelse;Senest tjekket;Kontakt;Telefon;E-mail;Åbningstider;Webadresse;Note";

    private static readonly DirectoryCsvRow Row = new(
        "Akutte behov", "Borgeren har brug for hjælp", "Beskrivelse; med semikolon og \"citat\"", new DateOnly(2026, 11, 25),
        "Visitator", "36 39 28 80", "visitationen@hvidovre.dk", "Hverdage kl. 8-15", "https://www.hvidovre.dk", "Note\nover to linjer");

    [Fact]
    public void Writing_gives_UTF8_with_byte_order_mark_semicolons_and_the_Danish_header()
    {
        var bytes = DirectoryCsv.Write([Row]);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith(Header + "\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Akutte behov;Borgeren har brug for hjælp;", text, StringComparison.Ordinal);
        Assert.Contains(";25-11-2026;", text, StringComparison.Ordinal);
    }

    [Fact]
    public void What_is_written_reads_back_the_same_with_quotes_semicolons_and_line_breaks()
    {
        var result = DirectoryCsv.Read(DirectoryCsv.Write([Row, Row with { ContactName = "Sagsbehandler" }]));

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        var situation = Assert.Single(Assert.Single(result.Categories).Situations);
        Assert.Equal(Row.Description, situation.Description);
        Assert.Equal(new DateOnly(2026, 11, 25), situation.LastCheckedOn);
        Assert.Equal(["Visitator", "Sagsbehandler"], situation.Contacts.Select(c => c.Name));
        Assert.Equal("Note\nover to linjer", situation.Contacts[0].Note);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+45 36 39 28 80")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    public void Cells_Excel_would_run_as_formulas_are_escaped_and_read_back_unchanged(string value)
    {
        var bytes = DirectoryCsv.Write([Row with { ContactName = value, Phone = "+45 36 39 28 80" }]);

        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("'" + value.Replace("\"", "\"\"", StringComparison.Ordinal), text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(^|;|"")[=+\-@]", text);
        var contact = DirectoryCsv.Read(bytes).Categories[0].Situations[0].Contacts[0];
        Assert.Equal(value, contact.Name);
        Assert.Equal("+45 36 39 28 80", contact.Phone);
    }

    [Fact]
    public void A_file_without_byte_order_mark_and_with_dates_as_Excel_writes_them_is_read()
    {
        var text = Header + "\nA;S;;25.11.2026;Navn;36392880;;;;\nA;T;;2026-11-24;;;;;;\n";

        var result = DirectoryCsv.Read(Encoding.UTF8.GetBytes(text));

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal([new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 24)], result.Categories[0].Situations.Select(s => s.LastCheckedOn));
        Assert.Empty(result.Categories[0].Situations[1].Contacts);
    }

    [Fact]
    public void Every_bad_line_is_reported_with_its_line_number_and_nothing_is_returned_to_save()
    {
        var text = Header + "\n" +
            "A;S;;;Navn;36392880;;;;\n" +
            ";S;;;Navn;;;;;\n" +
            "A;S2;;;Navn;12;ikke-mail;;javascript:x;\n" +
            "A;S3;;31-02-2026;;36392880;;;;\n" +
            "A;S;anden beskrivelse;;Navn2;;;;;\n" +
            "A;S4;;;Navn;;;\n";

        var result = DirectoryCsv.Read(Encoding.UTF8.GetBytes(text));

        Assert.False(result.IsValid);
        Assert.Empty(result.Categories);
        Assert.Equal(
            [
                (3, CsvProblemKind.Required), (4, CsvProblemKind.InvalidPhone), (4, CsvProblemKind.InvalidEmail),
                (4, CsvProblemKind.InvalidWebAddress), (5, CsvProblemKind.InvalidDate), (5, CsvProblemKind.ContactNameMissing),
                (7, CsvProblemKind.WrongFieldCount),
            ],
            result.Problems.Select(p => (p.Line ?? 0, p.Kind)));
    }

    [Fact]
    public void Lines_of_one_situation_that_disagree_are_reported_once_the_lines_themselves_are_fine()
    {
        var text = Header + "\nA;S;én;;Navn;;;;;\nA;S;to;;Navn2;;;;;\n";

        var problem = Assert.Single(DirectoryCsv.Read(Encoding.UTF8.GetBytes(text)).Problems);

        Assert.Equal((CsvProblemKind.SituationConflict, 3, "2"), (problem.Kind, problem.Line!.Value, problem.Detail));
    }

    [Fact]
    public void A_comma_separated_file_is_refused_as_such()
    {
        var text = Header.Replace(';', ',') + "\nA,S,,,Navn,36392880,,,,\n";

        Assert.Equal(CsvProblemKind.WrongDelimiter, Assert.Single(DirectoryCsv.Read(Encoding.UTF8.GetBytes(text)).Problems).Kind);
    }

    [Fact]
    public void Missing_and_unknown_columns_are_named()
    {
        var text = "Kategori;Situation;Beskrivelse;Senest tjekket;Kontakt;E-mail;Åbningstider;Webadresse;Note;Farve\nA;S;;;N;;;;;rød\n";

        var problems = DirectoryCsv.Read(Encoding.UTF8.GetBytes(text)).Problems;

        Assert.Equal([(CsvProblemKind.MissingColumns, "Telefon"), (CsvProblemKind.UnknownColumns, "Farve")], problems.Select(p => (p.Kind, p.Detail)));
    }

    [Fact]
    public void A_file_in_Windows_1252_is_refused_as_not_UTF8()
    {
        var latin1 = Encoding.Latin1.GetBytes(Header + "\nÆldre;Situation;;;Navn;;;;;\n");

        Assert.Equal(CsvProblemKind.NotUtf8, Assert.Single(DirectoryCsv.Read(latin1).Problems).Kind);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_before_it_is_read()
    {
        var problem = Assert.Single(DirectoryCsv.Read(new byte[DirectoryCsv.MaxBytes + 1]).Problems);

        Assert.Equal(CsvProblemKind.TooLarge, problem.Kind);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_at_its_line()
    {
        var text = Header + "\nA;S;;;Navn;;;;;\nA;\"S2;;;Navn;;;;;\nA;S3;;;Navn;;;;;\n";

        var problems = DirectoryCsv.Read(Encoding.UTF8.GetBytes(text)).Problems;

        Assert.Contains(problems, p => p.Kind == CsvProblemKind.BadQuote && p.Line == 3);
    }

    [Fact]
    public void A_header_without_lines_is_refused_so_an_empty_file_cannot_wipe_the_directory()
    {
        Assert.Equal(CsvProblemKind.Empty, Assert.Single(DirectoryCsv.Read(Encoding.UTF8.GetBytes(Header + "\n;;;;;;;;;\n")).Problems).Kind);
    }
}
