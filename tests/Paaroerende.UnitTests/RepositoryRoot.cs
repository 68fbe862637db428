namespace Paaroerende.UnitTests;

internal static class RepositoryRoot
{
    /// <summary>The folder holding Paaroerende.sln, found from the test's output folder.</summary>
    public static string Path { get; } = Find();

    /// <summary>The files under <paramref name="folder"/> matching <paramref name="pattern"/>, leaving out the build's bin and obj.</summary>
    public static IEnumerable<string> SourceFiles(string folder, string pattern) =>
        Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{System.IO.Path.DirectorySeparatorChar}bin{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal));

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
