using Microsoft.Playwright;

namespace Paaroerende.E2ETests.Infrastructure;

/// <summary>
/// Debian's Chromium, launched headless by Playwright: the Playwright browser download is not reachable here, so the
/// tests use the distribution's browser (scripts/test.sh installs it).
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    public static void EnsureInstalled()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is missing: {ExecutablePath} does not exist. The end-to-end tests drive Debian's Chromium; " +
                "install it with 'apt-get install chromium' or run the tests through scripts/test.sh, which installs it.");
        }
    }

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        EnsureInstalled();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
        });
    }
}
