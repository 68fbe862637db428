using System.Text.RegularExpressions;

namespace Paaroerende.UnitTests.Infrastructure;

/// <summary>
/// The browser tests wait for a page through Arrival.ArriveAtAsync, which polls the address. Playwright's own waits for a
/// page's load state wait on the client side and can miss the load event that arrives between their check and their
/// subscription; a CI run was lost to it. This fails when a browser test calls one of them again.
/// </summary>
public sealed partial class BrowserTestWaitsTests
{
    [Fact]
    public void No_browser_test_waits_for_a_load_state_on_the_client()
    {
        var sources = RepositoryRoot.SourceFiles(Path.Combine(RepositoryRoot.Path, "tests", "Paaroerende.E2ETests"), "*.cs").ToList();

        var found = RepositoryRoot.LinesOf(sources)
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && ClientSideLoadWait().IsMatch(l.Text))
            .Select(l => l.ToString())
            .ToList();

        Assert.NotEmpty(sources);
        Assert.Empty(found);
    }

    [Theory]
    [InlineData("await page.WaitForURLAsync(new Regex(\"/Relatives$\"));")]
    [InlineData("await staff.WaitForURLAsync(url => !url.Contains(\"/Consent\", StringComparison.Ordinal));")]
    [InlineData("await page.WaitForLoadStateAsync(LoadState.NetworkIdle);")]
    [InlineData("await page.WaitForNavigationAsync();")]
    public void The_check_recognises_what_it_looks_for(string line) => Assert.Matches(ClientSideLoadWait(), line);

    [GeneratedRegex(@"\.(WaitForURLAsync|WaitForLoadStateAsync|WaitForNavigationAsync)\(")]
    private static partial Regex ClientSideLoadWait();
}
