using Paaroerende.Core.Demo.Content;

namespace Paaroerende.UnitTests.Demo;

/// <summary>
/// The brief promises that Hvidovre's directory and Ishøj's offers, contacts and links are word for word from the
/// policies in shared/seeds. The PDF text breaks words across lines (with or without a hyphen), so both sides are
/// compared without white space, hyphens and quotation marks.
/// </summary>
public class VerbatimContentTests
{
    public static TheoryData<string, string> Sources => new()
    {
        { "hvidovre", "000_c94869fcd569ccea.txt" },
        { "ishoej", "002_4c3a8436c0211faa.txt" },
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_directory_offer_and_link_text_is_taken_word_for_word_from_the_policy(string slug, string seedFile)
    {
        var source = Normalize(File.ReadAllText(Path.Combine(SeedsFolder(), seedFile)));
        var content = DemoContent.All().Single(m => m.Slug == slug);
        var situations = content.DirectoryCategories.SelectMany(c => c.Situations).ToList();
        var contacts = situations.SelectMany(s => s.Contacts).ToList();
        var texts = content.DirectoryCategories.Select(c => c.Title)
            .Concat(situations.SelectMany(s => new[] { s.Title, s.Description }))
            .Concat(contacts.SelectMany(c => new[] { c.Name, c.Phone, c.Email, c.OpeningHours, c.WebAddress, c.Note }))
            .Concat(content.Offers.SelectMany(o => new[] { o.Title, o.Description, o.ContactName, o.Phone, o.Email, o.WebAddress }))
            .Concat(content.UsefulLinks.Select(l => l.Url))
            .OfType<string>()
            .ToList();

        Assert.NotEmpty(texts);
        Assert.All(texts, text => Assert.True(source.Contains(Normalize(text), StringComparison.Ordinal), $"Not in {seedFile}: {text}"));
    }

    private static string Normalize(string text) =>
        new(text.ToLowerInvariant().Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '”' or '"' or '“')).ToArray());

    private static string SeedsFolder()
    {
        for (var folder = new DirectoryInfo(RepositoryRoot.Path); folder is not null; folder = folder.Parent)
        {
            var seeds = Path.Combine(folder.FullName, "shared", "seeds");
            if (Directory.Exists(seeds))
            {
                return seeds;
            }
        }

        throw new DirectoryNotFoundException("shared/seeds was not found beside or above the repository.");
    }
}
