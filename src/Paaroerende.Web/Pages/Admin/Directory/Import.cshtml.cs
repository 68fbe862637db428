using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Administration;
using Paaroerende.Core.ContactDirectory;
using Paaroerende.Core.Data;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.Web.Pages.Admin.Directory;

/// <summary>
/// Replaces the whole directory with a CSV file. The file is checked as a whole first; if anything is wrong, every
/// problem is listed with its line number and nothing is saved. Otherwise the replacement and its audit entry are
/// stored in one transaction.
/// </summary>
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
public class ImportModel(PortalDbContext db, AdminAudit audit, PageText<ImportModel> text) : PageModel
{
    /// <summary>Above the file limit, so a file that is slightly too large gets a sentence rather than an error page.</summary>
    private const int RequestLimit = 4 * 1024 * 1024;
    private const int MaxShownValueLength = 60;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public IReadOnlyList<string> Columns => DirectoryCsv.Columns;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var field = $"{nameof(Input)}.{nameof(Input.File)}";
        if (Input.File is not { Length: > 0 } file)
        {
            ModelState.AddModelError(field, text["ChooseFile"]);
            return Page();
        }

        var result = file.Length > DirectoryCsv.MaxBytes
            ? new DirectoryCsvResult([new CsvProblem(CsvProblemKind.TooLarge, Detail: (DirectoryCsv.MaxBytes / 1024).ToString(CultureInfo.InvariantCulture))], [])
            : DirectoryCsv.Read(await ReadAsync(file));
        if (!result.IsValid)
        {
            Problems = result.Problems.Select(Describe).ToList();
            ModelState.AddModelError(field, text["NotImported", result.Problems.Count]);
            return Page();
        }

        var actor = AdminScope.ActorOf(User);
        var ct = HttpContext.RequestAborted;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var beforeLines = (await DirectoryExport.RowsAsync(db, actor.MunicipalityId, ct)).Select(DirectoryExport.Line).ToList();
        var afterLines = DirectoryExport.RowsOf(result.Categories).Select(DirectoryExport.Line).ToList();
        var before = await CountsAsync(actor.MunicipalityId, beforeLines.Except(afterLines), ct);
        await DirectoryExport.ReplaceAsync(db, actor.MunicipalityId, result.Categories, ct);
        var after = AdminSnapshots.OfDirectory(
            result.Categories.Count,
            result.Categories.Sum(c => c.Situations.Count),
            result.Categories.Sum(c => c.Situations.Sum(s => s.Contacts.Count)),
            afterLines.Except(beforeLines));
        audit.Add(actor, AdminEntityType.Directory, actor.MunicipalityId, AdminAuditAction.Imported, file.FileName, before, after);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return RedirectToPage("/Admin/Directory/Index", new { importeret = "true" });
    }

    private static async Task<byte[]> ReadAsync(IFormFile file)
    {
        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private async Task<object> CountsAsync(Guid municipalityId, IEnumerable<string> linesOnlyBefore, CancellationToken ct) =>
        AdminSnapshots.OfDirectory(
            await db.DirectoryCategories.CountAsync(c => c.MunicipalityId == municipalityId, ct),
            await db.DirectorySituations.CountAsync(s => s.Category!.MunicipalityId == municipalityId, ct),
            await db.DirectoryContacts.CountAsync(c => c.Situation!.Category!.MunicipalityId == municipalityId, ct),
            linesOnlyBefore);

    /// <summary>One problem as a sentence: "Linje 7: Telefonnummeret „12“ kan ikke bruges. …".</summary>
    private string Describe(CsvProblem problem)
    {
        var detail = problem.Detail ?? "";
        var shown = detail.Length > MaxShownValueLength ? detail[..MaxShownValueLength] + "…" : detail;
        var counts = detail.Split('|');
        var sentence = text[$"Problem_{problem.Kind}", problem.Column ?? "", shown,
            counts.ElementAtOrDefault(0) ?? "", counts.ElementAtOrDefault(1) ?? ""].Value;
        return problem.Line is { } line ? text["Line", line, sentence].Value : sentence;
    }

    public sealed class InputModel
    {
        [Display(Name = "File")]
        public IFormFile? File { get; set; }
    }
}
