using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Paaroerende.E2ETests.PageObjects;

/// <summary>
/// The citizen's own pages as a person uses them: the start page with a section per relative (a grid of topics, what
/// the relative may see and until when), the consent form behind "Ændr hvad … må se" and its one "Gem".
/// </summary>
public sealed class CitizenStartPage(IPage page)
{
    public const string Path = "/Citizen";

    public IPage Page => page;

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Mine pårørende og samtykker", Level = 1 });

    public static async Task<CitizenStartPage> OpenAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(Path);
        return new CitizenStartPage(page);
    }

    /// <summary>The section of one relative, found by the heading a person reads.</summary>
    public ILocator Relative(string name) =>
        page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = name }) });

    /// <summary>What the relative may see of a topic now (None, Informed, Involved, KeptOut), from the grid.</summary>
    public Task<string?> LevelAsync(string relative, string topic) =>
        Relative(relative).Locator($"tr[data-topic='{topic}']").GetAttributeAsync("data-level");

    /// <summary>The grid's "until when" cell of a topic, as the person reads it.</summary>
    public Task<string> UntilAsync(string relative, string topic) =>
        Relative(relative).Locator($"tr[data-topic='{topic}'] td").Last.InnerTextAsync();

    /// <summary>
    /// Opens the relative's form, picks a level for a topic and saves (confirming when the portal shows that it takes
    /// something away). Returns on the receipt page the save leads to.
    /// </summary>
    public async Task ChangeAsync(string relative, string topic, string levelLabel)
    {
        await Relative(relative).GetByRole(AriaRole.Link, new() { Name = $"Ændr hvad {relative} må se" }).ClickAsync();
        await page.Locator($"[data-topic='{topic}'] label", new() { HasText = levelLabel }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem" }).ClickAsync();
        await page.Locator("[data-change-preview], [data-notice]").First.WaitForAsync();
        var confirm = page.GetByRole(AriaRole.Button, new() { Name = "Bekræft og gem" });
        if (await confirm.CountAsync() > 0)
        {
            // A change that takes something away is shown first and saved once confirmed.
            await confirm.ClickAsync();
        }

        await page.ArriveAtAsync(new Regex("/Receipt$"));
    }
}
