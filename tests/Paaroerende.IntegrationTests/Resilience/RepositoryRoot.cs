namespace Paaroerende.IntegrationTests.Resilience;

internal static class RepositoryRoot
{
    /// <summary>The folder holding Paaroerende.sln, found from the test's output folder.</summary>
    public static string Path { get; } = Find();

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
