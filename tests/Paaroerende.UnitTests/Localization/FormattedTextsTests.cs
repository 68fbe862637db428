namespace Paaroerende.UnitTests.Localization;

/// <summary>
/// A view's <c>L["Key", arguments]</c> is a LocalizedHtmlString whose <c>Value</c> is the resource text before its
/// arguments are put in: "Slet „{0}“?" reached administrators as the heading of every delete confirmation, and "aflyst
/// den {0}" a citizen's copy of their data. A view that needs the text as a string asks for
/// <c>L.GetString("Key", arguments).Value</c>, which is formatted.
/// </summary>
public class FormattedTextsTests
{
    [Fact]
    public void No_view_takes_the_unformatted_value_of_a_text_given_arguments()
    {
        var web = Path.Combine(RepositoryRoot.Path, "src", "Paaroerende.Web");

        var offenders = RepositoryRoot.SourceFiles(web, "*.cshtml")
            .SelectMany(f => UnformattedValues(File.ReadAllText(f)).Select(call => $"{Path.GetRelativePath(web, f)}: {call}"))
            .ToList();

        Assert.True(Directory.Exists(Path.Combine(web, "Pages")), web);
        Assert.True(offenders.Count == 0, $"Use L.GetString(…).Value instead:\n{string.Join('\n', offenders)}");
    }

    [Fact]
    public void The_search_finds_a_texts_value_taken_before_formatting_and_nothing_else()
    {
        const string View = """
            @{ var heading = Model.Deleting ? L["DeleteHeading", Model.Name].Value : L["Title"].Value; }
            <p>@(x ? " · " + L["CancelledOn", Format(c, "a, b")].Value : "")</p>
            <p>@L.GetString("DeleteHeading", Model.Name).Value @L["Plain, with a comma"].Value @L["By", name]</p>
            // L[key, args].Value is the unformatted text.
            """;

        Assert.Equal(["L[\"DeleteHeading\", Model.Name].Value", "L[\"CancelledOn\", Format(c, \"a, b\")].Value"], UnformattedValues(View));
    }

    /// <summary>Every <c>L[…, …].Value</c> in a view, outside comment lines; commas inside quotes or brackets do not count.</summary>
    internal static IEnumerable<string> UnformattedValues(string view)
    {
        for (var start = view.IndexOf("L[", StringComparison.Ordinal); start >= 0; start = view.IndexOf("L[", start + 2, StringComparison.Ordinal))
        {
            if (start > 0 && (char.IsLetterOrDigit(view[start - 1]) || view[start - 1] == '_'))
            {
                continue;
            }

            var (end, arguments) = Close(view, start + 1);
            var lineStart = view.LastIndexOf('\n', start) + 1;
            if (arguments
                && string.CompareOrdinal(view, end + 1, ".Value", 0, 6) == 0
                && !view[lineStart..start].TrimStart().StartsWith("//", StringComparison.Ordinal))
            {
                yield return view[start..(end + 7)];
            }
        }
    }

    /// <summary>The index of the bracket closing the one at <paramref name="open"/>, and whether a comma stood directly inside it.</summary>
    private static (int End, bool Arguments) Close(string text, int open)
    {
        var depth = 0;
        var arguments = false;
        for (var i = open; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    i = text.IndexOf('"', i + 1);
                    if (i < 0)
                    {
                        return (text.Length - 1, false);
                    }

                    break;
                case '[' or '(' or '{':
                    depth++;
                    break;
                case ']' or ')' or '}':
                    if (--depth == 0)
                    {
                        return (i, arguments);
                    }

                    break;
                case ',' when depth == 1:
                    arguments = true;
                    break;
            }
        }

        return (text.Length - 1, false);
    }
}
