using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Localization;
using Paaroerende.Web.Localization;

namespace Paaroerende.UnitTests.Localization;

/// <summary>
/// A text with a number in it has its form for one under the key with "_One" ("1 gæst", "2 gæster"): the page asks for
/// the right one, and every form for one has its other form beside it, with the same placeholders.
/// </summary>
public partial class CountedTextsTests
{
    private static readonly string ResourcesFolder = Path.Combine(RepositoryRoot.Path, "src", "Paaroerende.Web", "Resources");

    [Theory]
    [InlineData(0, "Guests")]
    [InlineData(1, "Guests_One")]
    [InlineData(2, "Guests")]
    public void The_form_for_one_is_asked_for_exactly_one(int count, string expectedKey)
    {
        Assert.Equal(expectedKey, new KeyEcho().Counted("Guests", count, count).Name);
    }

    public static TheoryData<string> ResourceFiles() =>
        new(Directory.EnumerateFiles(ResourcesFolder, "*.resx", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(ResourcesFolder, f)));

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Every_form_for_one_has_its_other_form_with_the_same_placeholders(string file)
    {
        var texts = XDocument.Load(Path.Combine(ResourcesFolder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

        var problems = texts.Keys.Where(k => k.EndsWith(CountedTexts.OneSuffix, StringComparison.Ordinal))
            .Select(one => (One: one, Other: one[..^CountedTexts.OneSuffix.Length]))
            .Where(p => !texts.TryGetValue(p.Other, out var other) || !Placeholders(other).SetEquals(Placeholders(texts[p.One])))
            .Select(p => p.One)
            .ToList();

        Assert.True(problems.Count == 0, $"{file}: {string.Join(", ", problems)}");
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    /// <summary>Answers every key with itself, so the test sees which key was asked for.</summary>
    private sealed class KeyEcho : IHtmlLocalizer
    {
        public LocalizedHtmlString this[string name] => new(name, name);

        public LocalizedHtmlString this[string name, params object[] arguments] => new(name, name);

        public LocalizedString GetString(string name) => new(name, name);

        public LocalizedString GetString(string name, params object[] arguments) => new(name, name);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
