using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.Core.GeneralInformation;
using Paaroerende.Web.GeneralInformation;

namespace Paaroerende.Web.Pages.Information;

/// <summary>One information page; its Markdown is rendered with raw HTML shown as text.</summary>
[AllowAnonymous]
public class ArticleModel(PortalDbContext db) : PageModel
{
    public PublicMunicipality Municipality { get; private set; } = null!;

    public ArticleView Article { get; private set; } = null!;

    public string BodyHtml { get; private set; } = "";

    public IReadOnlyList<OtherPage> OtherPages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string municipality, string slug)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var wantedMunicipality = (municipality ?? "").Trim().ToLowerInvariant();
        var wanted = (slug ?? "").Trim().ToLowerInvariant();

        // One query for the municipality, the article and its siblings (issue #7: at most 3 SQL commands a page).
        var found = await db.InformationPages.AsNoTracking()
            .Where(p => p.Municipality!.Slug == wantedMunicipality && p.Slug == wanted)
            .Select(p => new
            {
                Municipality = new PublicMunicipality(p.Municipality!.Id, p.Municipality.Slug, p.Municipality.Name, p.Municipality.WebAddress),
                Article = new ArticleView(p.Slug, p.Title, p.Summary, p.BodyMarkdown),
                OtherPages = db.InformationPages
                    .Where(o => o.MunicipalityId == p.MunicipalityId && o.Slug != wanted)
                    .OrderBy(o => o.SortOrder).ThenBy(o => o.Title)
                    .Select(o => new OtherPage(o.Slug, o.Title))
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Municipality = found.Municipality;
        Article = found.Article;
        BodyHtml = MarkdownText.ToHtml(found.Article.BodyMarkdown);
        OtherPages = found.OtherPages;
        return Page();
    }

    public sealed record ArticleView(string Slug, string Title, string? Summary, string BodyMarkdown);

    public sealed record OtherPage(string Slug, string Title);
}
