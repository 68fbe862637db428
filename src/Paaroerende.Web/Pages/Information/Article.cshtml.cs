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
        var found = await PublicMunicipality.FindAsync(db, municipality, cancellationToken);
        var wanted = (slug ?? "").Trim().ToLowerInvariant();
        var article = found is null
            ? null
            : await db.InformationPages.AsNoTracking()
                .Where(p => p.MunicipalityId == found.Id && p.Slug == wanted)
                .Select(p => new ArticleView(p.Slug, p.Title, p.Summary, p.BodyMarkdown))
                .SingleOrDefaultAsync(cancellationToken);
        if (found is null || article is null)
        {
            return NotFound();
        }

        Municipality = found;
        Article = article;
        BodyHtml = MarkdownText.ToHtml(article.BodyMarkdown);
        OtherPages = await db.InformationPages.AsNoTracking()
            .Where(p => p.MunicipalityId == found.Id && p.Slug != wanted)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Title)
            .Select(p => new OtherPage(p.Slug, p.Title))
            .ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record ArticleView(string Slug, string Title, string? Summary, string BodyMarkdown);

    public sealed record OtherPage(string Slug, string Title);
}
