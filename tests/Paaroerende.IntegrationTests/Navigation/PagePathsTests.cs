using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.Web.Navigation;

namespace Paaroerende.IntegrationTests.Navigation;

/// <summary>
/// PagePaths is the one place page addresses come from, so it must name pages that exist: every member, filled with
/// sample values, matches the route template of a page the running portal serves. And the views must use it.
/// </summary>
public class PagePathsTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Every_page_path_matches_a_page_of_the_running_portal()
    {
        var matchers = await PageMatchersAsync();
        var paths = AllPaths().ToList();

        Assert.True(paths.Count >= 60, $"only {paths.Count} page paths found");
        Assert.All(paths, p => Assert.True(matchers.Any(m => m.Matches(p.Path)),
            $"{p.Member} gives {p.Path}, which no page serves"));
    }

    [Theory]
    [InlineData("/Relatives/Citizen/3f2504e0-4f89-11d3-9a0c-0305e82c3301/Beskeder")]
    [InlineData("/Relatives/Citizens/3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("/Staff/Citizens/not-a-guid")]
    [InlineData("/Admin/Staffs")]
    public async Task A_wrong_path_matches_no_page(string wrong)
    {
        var matchers = await PageMatchersAsync();

        Assert.DoesNotContain(matchers, m => m.Matches(wrong));
    }

    [Fact]
    public void No_view_or_code_in_the_portal_writes_an_area_address_by_hand()
    {
        var web = Path.Combine(RepositoryRoot.Path, "src", "Paaroerende.Web");
        string[] literals = ["href=\"/Relatives", "href=\"/Staff", "href=\"/Admin", "href=\"/Citizen", "href=\"/Account"];
        var offenders = RepositoryRoot.SourceFiles(web, "*.*")
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => literals.Where(File.ReadAllText(f).Contains).Select(l => $"{Path.GetRelativePath(web, f)}: {l}"))
            .ToList();

        Assert.True(Directory.Exists(Path.Combine(web, "Pages")), web);
        Assert.Empty(offenders);
    }

    private async Task<IReadOnlyList<PageTemplate>> PageMatchersAsync()
    {
        var factory = await portal.ForAsync(DatabaseProviders.Sqlite);
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => new PageTemplate(e.RoutePattern))
            .ToList();
    }

    /// <summary>A page's route template; the matcher alone ignores constraints, so a guid parameter is checked too.</summary>
    private sealed class PageTemplate(RoutePattern pattern)
    {
        private readonly TemplateMatcher matcher = new(TemplateParser.Parse(pattern.RawText!.TrimStart('/')), new RouteValueDictionary());

        public bool Matches(string path)
        {
            var values = new RouteValueDictionary();
            return matcher.TryMatch(new PathString(path), values)
                && pattern.Parameters.Where(p => p.ParameterPolicies.Any(c => c.Content == "guid"))
                    .All(p => !values.TryGetValue(p.Name, out var value) || value is null || Guid.TryParse(value.ToString(), out _));
        }
    }

    /// <summary>Every constant and every method of PagePaths' area classes, methods called with sample values.</summary>
    private static IEnumerable<(string Member, string Path)> AllPaths()
    {
        foreach (var area in typeof(PagePaths).GetNestedTypes())
        {
            foreach (var field in area.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            {
                yield return ($"{area.Name}.{field.Name}", (string)field.GetRawConstantValue()!);
            }

            foreach (var method in area.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var arguments = method.GetParameters().Select(p => p.ParameterType == typeof(Guid) ? (object)Guid.NewGuid() : "hvidovre").ToArray();
                yield return ($"{area.Name}.{method.Name}", (string)method.Invoke(null, arguments)!);
            }
        }
    }
}
