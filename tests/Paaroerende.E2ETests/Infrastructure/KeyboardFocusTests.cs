namespace Paaroerende.E2ETests.Infrastructure;

/// <summary>Proof that the keyboard check can say no, and that it does not say no to what a keyboard user can see.</summary>
[Collection(SharedPortal.Name)]
public class KeyboardFocusTests(PortalInChromium portal)
{
    private const string Page = """
        <!DOCTYPE html><html lang="da"><head><title>Fokus</title>
        <style>
          .banner { position: fixed; top: 0; left: 0; right: 0; height: 80px; background: #fff; z-index: 10; }
          #under { position: absolute; top: 20px; left: 20px; }
          #plain:focus { outline: none; }
          .drawn { position: absolute; opacity: 0; }
          .drawn:focus-visible + label { outline: 3px solid #000; }
        </style></head>
        <body><div class="banner">Kommunens banner</div><button id="under">Under banneret</button>
        <main style="margin-top: 120px"><h1>Fokus</h1>
        <p><a href="#a" id="plain">Uden fokusmarkering</a></p>
        <p><a href="#b" id="jumps" tabindex="2">Springer frem i rækkefølgen</a></p>
        <p><input type="checkbox" id="box" class="drawn"><label for="box">Tegnet af sin etiket</label></p>
        <p><a href="#c" id="good">Med browserens fokusmarkering</a></p>
        </main></body></html>
        """;

    [Fact]
    public async Task The_check_reports_a_focus_that_looks_the_same_one_hidden_by_a_banner_and_a_positive_tabindex()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync(Page);

        var problems = await KeyboardFocus.ProblemsAsync(page);

        var all = string.Join('\n', problems);
        Assert.Contains(problems, p => p.StartsWith("a#plain", StringComparison.Ordinal) && p.EndsWith("(2.4.7)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("button#under", StringComparison.Ordinal) && p.Contains("div.banner", StringComparison.Ordinal) && p.EndsWith("(2.4.11)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("a#jumps", StringComparison.Ordinal) && p.EndsWith("(2.4.3)", StringComparison.Ordinal));
        Assert.DoesNotContain("#box", all, StringComparison.Ordinal);
        Assert.DoesNotContain("#good", all, StringComparison.Ordinal);
        Assert.Equal(3, problems.Count);
    }
}
