using System.Xml.Linq;

namespace Paaroerende.UnitTests.Localization;

/// <summary>Danish is the neutral resource; every text must also exist in English, and nothing may be left empty.</summary>
public class ResourceParityTests
{
    private static readonly string ResourcesFolder =
        Path.Combine(RepositoryRoot.Path, "src", "Paaroerende.Web", "Resources");

    public static TheoryData<string> DanishResourceFiles() => new(DanishFiles());

    private static IEnumerable<string> DanishFiles() =>
        Directory.EnumerateFiles(ResourcesFolder, "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(ResourcesFolder, f));

    [Theory]
    [MemberData(nameof(DanishResourceFiles))]
    public void Every_Danish_text_has_an_English_text_with_the_same_key(string danishFile)
    {
        var danish = Read(Path.Combine(ResourcesFolder, danishFile));
        var englishPath = Path.Combine(ResourcesFolder, danishFile[..^".resx".Length] + ".en.resx");
        Assert.True(File.Exists(englishPath), $"{englishPath} is missing");
        var english = Read(englishPath);

        Assert.Empty(danish.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(danish.Keys));
        Assert.DoesNotContain(danish, pair => string.IsNullOrWhiteSpace(pair.Value));
        Assert.DoesNotContain(english, pair => string.IsNullOrWhiteSpace(pair.Value));
    }

    [Fact]
    public void Every_English_resource_file_has_a_Danish_one()
    {
        var orphans = Directory.EnumerateFiles(ResourcesFolder, "*.en.resx", SearchOption.AllDirectories)
            .Where(f => !File.Exists(f[..^".en.resx".Length] + ".resx"));

        Assert.Empty(orphans);
    }

    [Fact]
    public void The_shared_resources_are_found()
    {
        Assert.Contains("SharedResource.resx", DanishFiles());
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(e => (string)e.Attribute("name")!, e => (string?)e.Element("value") ?? string.Empty);
}
