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
using Paaroerende.Web.Administration;

namespace Paaroerende.Web.Pages.Admin.Directory;

/// <summary>
/// Replaces the whole directory with a CSV file, in two steps. Uploading checks the file as a whole; if anything is
/// wrong, every problem is listed with its line number. Otherwise the page shows what the file would change (lines
/// added, changed, removed) and asks; nothing is saved until the administrator confirms. The confirmation carries the
/// file back (it is the administrator's own file, checked again) and the fingerprint of the directory it was compared
/// with: if the directory changed meanwhile, the changes are shown again instead of applied. The replacement and its
/// audit entry are stored in one transaction, or not at all.
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

    /// <summary>What the uploaded file would change; set when it is shown for confirmation.</summary>
    public DirectoryChanges? Changes { get; private set; }

    /// <summary>The directory changed between showing the changes and the confirmation.</summary>
    public bool DirectoryChangedMeanwhile { get; private set; }

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

        var content = file.Length > DirectoryCsv.MaxBytes ? null : await ReadAsync(file);
        var result = content is null
            ? new DirectoryCsvResult([new CsvProblem(CsvProblemKind.TooLarge, Detail: (DirectoryCsv.MaxBytes / 1024).ToString(CultureInfo.InvariantCulture))], [])
            : DirectoryCsv.Read(content);
        if (!result.IsValid)
        {
            Problems = result.Problems.Select(Describe).ToList();
            ModelState.AddModelError(field, text["NotImported", result.Problems.Count]);
            return Page();
        }

        var current = await DirectoryExport.RowsAsync(db, AdminScope.MunicipalityIdOf(User), HttpContext.RequestAborted);
        ShowChanges(current, result, content!, file.FileName);
        return Page();
    }

    /// <summary>POST ?handler=Confirm: applies the file shown, if the directory is still the one it was compared with.</summary>
    public async Task<IActionResult> OnPostConfirmAsync()
    {
        var field = $"{nameof(Input)}.{nameof(Input.File)}";
        var content = Decode(Input.Content);
        var result = content is null ? null : DirectoryCsv.Read(content);
        if (content is null || result is not { IsValid: true })
        {
            ModelState.AddModelError(field, text["ChooseFileAgain"]);
            return Page();
        }

        var fileName = Input.FileName is { Length: > 0 and <= FieldLengths.Name } name ? name : "hvem-kontakter-jeg.csv";
        var actor = AdminScope.ActorOf(User);
        var ct = HttpContext.RequestAborted;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var current = await DirectoryExport.RowsAsync(db, actor.MunicipalityId, ct);
        if (!string.Equals(DirectoryChanges.Fingerprint(current), Input.Fingerprint, StringComparison.Ordinal))
        {
            DirectoryChangedMeanwhile = true;
            ShowChanges(current, result, content, fileName);
            return Page();
        }

        var beforeLines = current.Select(DirectoryExport.Line).ToList();
        var afterLines = DirectoryExport.RowsOf(result.Categories).Select(DirectoryExport.Line).ToList();
        var before = await CountsAsync(actor.MunicipalityId, beforeLines.Except(afterLines), ct);
        await DirectoryExport.ReplaceAsync(db, actor.MunicipalityId, result.Categories, ct);
        var after = AdminSnapshots.OfDirectory(
            result.Categories.Count,
            result.Categories.Sum(c => c.Situations.Count),
            result.Categories.Sum(c => c.Situations.Sum(s => s.Contacts.Count)),
            afterLines.Except(beforeLines));
        audit.Add(actor, AdminEntityType.Directory, actor.MunicipalityId, AdminAuditAction.Imported, fileName, before, after);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return RedirectToPage("/Admin/Directory/Index", new { importeret = "true" });
    }

    private void ShowChanges(IReadOnlyList<DirectoryCsvRow> current, DirectoryCsvResult result, byte[] content, string fileName)
    {
        Changes = DirectoryChanges.Between(current, DirectoryExport.RowsOf(result.Categories));
        Input.Content = Convert.ToBase64String(content);
        Input.FileName = fileName;
        Input.Fingerprint = DirectoryChanges.Fingerprint(current);
        // The form shows these values, not the posted ones.
        ModelState.Remove($"{nameof(Input)}.{nameof(Input.Content)}");
        ModelState.Remove($"{nameof(Input)}.{nameof(Input.FileName)}");
        ModelState.Remove($"{nameof(Input)}.{nameof(Input.Fingerprint)}");
    }

    private static byte[]? Decode(string? base64)
    {
        if (string.IsNullOrEmpty(base64) || base64.Length > (DirectoryCsv.MaxBytes + 2) / 3 * 4)
        {
            return null;
        }

        var bytes = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, bytes, out var written) ? bytes[..written] : null;
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

        /// <summary>The file shown for confirmation, in base 64 (the confirmation posts it back).</summary>
        public string? Content { get; set; }

        public string? FileName { get; set; }

        /// <summary>The fingerprint of the directory the changes were computed against.</summary>
        public string? Fingerprint { get; set; }
    }
}
