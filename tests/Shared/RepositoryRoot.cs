namespace Paaroerende.TestSupport;

/// <summary>The repository the tests run from, and its source files for the checks that read them.</summary>
internal static class RepositoryRoot
{
    /// <summary>The folder holding Paaroerende.sln, found from the test's output folder.</summary>
    public static string Path { get; } = Find();

    /// <summary>The files under <paramref name="folder"/> matching <paramref name="pattern"/>, leaving out the build's bin and obj.</summary>
    public static IEnumerable<string> SourceFiles(string folder, string pattern) =>
        Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{System.IO.Path.DirectorySeparatorChar}bin{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>Every line of <paramref name="files"/>, with where it is, for a check to pick the offending ones.</summary>
    public static IEnumerable<SourceLine> LinesOf(IEnumerable<string> files) =>
        files.SelectMany(f => File.ReadLines(f).Select((text, i) => new SourceLine(System.IO.Path.GetRelativePath(Path, f), i + 1, text)));

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "Paaroerende.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Paaroerende.sln not found above the test folder.");
    }
}

/// <summary>A line of a source file; written as "path:line: text", the way a check lists what it found.</summary>
internal sealed record SourceLine(string File, int Number, string Text)
{
    public override string ToString() => $"{File}:{Number}: {Text.Trim()}";
}
