using Paaroerende.Demo.Content;

namespace Paaroerende.UnitTests.Demo;

/// <summary>
/// The brief promises that Hvidovre's directory and Ishøj's offers, contacts and links are word for word from the
/// policies, kept beside this test in Policies/ (with their sources named there). The PDF text breaks words across lines (with or without a hyphen), so both sides are
/// compared without white space, hyphens and quotation marks. Ishøj's help under serviceloven is listed in its policy by
/// title and paragraph only; the descriptions of those offers (the ones with a legal reference) are the demo's own plain
/// summaries of the law, so they are the one text left out.
/// </summary>
public class VerbatimContentTests
{
    public static TheoryData<string, string> Sources => new()
    {
        { "hvidovre", "hvidovre-paaroerendepolitik-2015.txt" },
        { "ishoej", "ishoej-retningslinjer-samarbejde-med-paaroerende.txt" },
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_directory_offer_and_link_text_is_taken_word_for_word_from_the_policy(string slug, string policyFile)
    {
        var source = Normalize(File.ReadAllText(Path.Combine(PoliciesFolder(), policyFile)));
        var content = DemoContent.All().Single(m => m.Slug == slug);
        var situations = content.DirectoryCategories.SelectMany(c => c.Situations).ToList();
        var contacts = situations.SelectMany(s => s.Contacts).ToList();
        var texts = content.DirectoryCategories.Select(c => c.Title)
            .Concat(situations.SelectMany(s => new[] { s.Title, s.Description }))
            .Concat(contacts.SelectMany(c => new[] { c.Name, c.Phone, c.Email, c.OpeningHours, c.WebAddress, c.Note }))
            .Concat(content.Offers.SelectMany(o => new[] { o.Title, o.LegalReference is null ? o.Description : null, o.HowToApply, o.ContactName, o.Phone, o.Email, o.WebAddress }))
            .Concat(content.UsefulLinks.Select(l => l.Url))
            .OfType<string>()
            .ToList();

        Assert.NotEmpty(texts);
        Assert.All(texts, text => Assert.True(source.Contains(Normalize(text), StringComparison.Ordinal), $"Not in {policyFile}: {text}"));
    }

    private static string Normalize(string text) =>
        new(text.ToLowerInvariant().Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '”' or '"' or '“')).ToArray());

    private static string PoliciesFolder() =>
        Path.Combine(RepositoryRoot.Path, "tests", "Paaroerende.UnitTests", "Demo", "Policies");
}
