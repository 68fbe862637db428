using System.Diagnostics.CodeAnalysis;
using Microsoft.Playwright;

namespace Paaroerende.E2ETests.Infrastructure;

/// <summary>
/// One running portal and one Chromium for a whole test collection (starting both is the slow part); every test gets
/// a fresh browser context of its own, so cookies never leak from one test into the next.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes a collection fixture through IAsyncLifetime.DisposeAsync.")]
public sealed class PortalInChromium : IAsyncLifetime
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>
    /// The narrowest screen WCAG 2.1 asks a page to fit without scrolling sideways (1.4.10 Reflow, AA): 320 CSS pixels,
    /// what a 1280 px screen is at 400 % zoom, or a small phone with its text made larger.
    /// </summary>
    public static readonly ViewportSize Reflow = new() { Width = 320, Height = 640 };

    private readonly KestrelPortal _portal = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress => _portal.BaseAddress;

    /// <summary>The running app's services, for arranging a test's own data (people, consents) before the browser acts.</summary>
    public IServiceProvider Services => _portal.Services;

    /// <summary>The mails the portal has sent, as .eml files (the pickup folder).</summary>
    public string MailFolder => _portal.MailFolder;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>The crawls, one per role, shared by the tests that read them (a crawl is the slow part of a run).</summary>
    public SiteCrawls Crawls { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Chromium.EnsureInstalled(); // Before the portal starts: nothing to clean up when the browser is missing.
        // The assertions wait as long as the actions do (NewContextAsync), not Playwright's 5 seconds: on CI's two busy
        // cores a page that is right can take longer than that to show it. A wrong page still fails, later.
        Assertions.SetDefaultExpectTimeout(15_000);
        await Task.Run(_portal.Start);
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
        Crawls = new SiteCrawls(this);
    }

    /// <summary>A new browser context (own cookies) at desktop size, with the portal as base address.</summary>
    public Task<IBrowserContext> NewContextAsync() => NewContextAsync(phone: false);

    public async Task<IBrowserContext> NewContextAsync(bool phone, string? storageState = null)
    {
        var options = new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = phone ? Phone : Desktop,
            IsMobile = phone,
            HasTouch = phone,
            Locale = "da-DK",
            StorageState = storageState,
        };
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _portal.DisposeAsync();
    }
}
