using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Paaroerende.Core.Administration;
using Paaroerende.Core.Data;
using Paaroerende.Web.Forms;
using Paaroerende.Web.Infrastructure;
using Paaroerende.Web.Access;

namespace Paaroerende.Web.Administration;

/// <summary>
/// What every content editor of the administration does the same way, so that an editor keeps only its form, its
/// validation and its mapping: find the item within the administrator's municipality (another municipality's id is
/// "not found", 404), snapshot it, apply the posted form, log the change with before and after, and store change and
/// log entry in one SaveChanges (one transaction: both or neither, ADR 0002). Deleting shows a confirmation first.
/// The handlers stay on each page, one line each, so that a page still shows every address it answers.
/// </summary>
public abstract class AdminEditorModel<TEntity, TInput>(PortalDbContext db, AdminAudit audit) : PageModel
    where TEntity : class
    where TInput : class, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    /// <summary>The item being edited; null while a new one is being added.</summary>
    public Guid? Id { get; protected set; }

    public bool ConfirmingDelete { get; private set; }

    protected PortalDbContext Db => db;

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    /// <summary>What the change log files the changes under.</summary>
    protected abstract AdminEntityType EntityType { get; }

    /// <summary>Where the editor returns after saving, deleting or moving.</summary>
    protected abstract string IndexPage { get; }

    /// <summary>The item, only if it belongs to the municipality: tenancy is decided here and nowhere else.</summary>
    protected abstract Task<TEntity?> FindOwnAsync(Guid id, Guid municipalityId);

    protected abstract Guid IdOf(TEntity item);

    /// <summary>What the log entry is about in words: the item's title or name.</summary>
    protected abstract string NameOf(TEntity item);

    /// <summary>The fields the log keeps before and after (one of <see cref="AdminSnapshots"/>).</summary>
    protected abstract object Snapshot(TEntity item);

    /// <summary>The form filled in from a stored item.</summary>
    protected abstract TInput ToInput(TEntity item);

    /// <summary>A blank new item of the municipality, in its place in the order; <see cref="Apply"/> fills it in.</summary>
    protected abstract Task<TEntity> CreateAsync(Guid municipalityId);

    /// <summary>Copies the valid posted form onto the item.</summary>
    protected abstract void Apply(TEntity item);

    /// <summary>Fills the form's lists of choices (units, categories, ...), on every page shown with the form.</summary>
    protected virtual Task LoadChoicesAsync() => Task.CompletedTask;

    /// <summary>False when the form names a unit, category or situation of another municipality: the post answers 404.</summary>
    protected virtual Task<bool> PostedChoicesAreOwnAsync() => Task.FromResult(true);

    /// <summary>Checks that need the database (an address already in use); adds errors to the model state.</summary>
    protected virtual Task ValidateAsync() => Task.CompletedTask;

    /// <summary>Runs on an existing item after its "before" snapshot and before <see cref="Apply"/>.</summary>
    protected virtual Task BeforeUpdateAsync(TEntity item) => Task.CompletedTask;

    /// <summary>Loads what the delete confirmation tells (what goes along, whether it can be deleted at all).</summary>
    protected virtual Task DescribeDeletionAsync(TEntity item) => Task.CompletedTask;

    /// <summary>Why the item cannot be deleted (shown on the confirmation), or null when it can.</summary>
    protected virtual Task<string?> WhyNotDeletableAsync(TEntity item) => Task.FromResult<string?>(null);

    protected Task<TEntity?> FindAsync(Guid id) => FindOwnAsync(id, AdminScope.MunicipalityIdOf(User));

    /// <summary>GET: the empty form, or the form filled in from the item.</summary>
    protected async Task<IActionResult> ShowFormAsync(Guid? id)
    {
        if (id is { } existingId)
        {
            var item = await FindAsync(existingId);
            if (item is null)
            {
                return NotFound();
            }

            Id = existingId;
            Input = ToInput(item);
        }

        await LoadChoicesAsync();
        return Page();
    }

    /// <summary>POST: adds or updates the item, or shows the form again with what was typed and what is wrong.</summary>
    protected async Task<IActionResult> SaveAsync(Guid? id)
    {
        var item = id is { } existingId ? await FindAsync(existingId) : null;
        if ((id is not null && item is null) || !await PostedChoicesAreOwnAsync())
        {
            return NotFound();
        }

        Id = id;
        await ValidateAsync();
        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync();
            return Page();
        }

        if (item is null)
        {
            item = await CreateAsync(AdminScope.MunicipalityIdOf(User));
            Apply(item);
            db.Add(item);
            Log(AdminAuditAction.Created, item, null, Snapshot(item));
        }
        else
        {
            var before = Snapshot(item);
            await BeforeUpdateAsync(item);
            Apply(item);
            Log(AdminAuditAction.Updated, item, before, Snapshot(item));
        }

        await db.SaveChangesAsync(Aborted);
        SavedNotice.Saved(TempData, NameOf(item));
        return RedirectToPage(IndexPage);
    }

    /// <summary>GET ?handler=Delete: asks before deleting.</summary>
    protected async Task<IActionResult> ConfirmDeleteAsync(Guid id)
    {
        var item = await FindAsync(id);
        if (item is null)
        {
            return NotFound();
        }

        ShowConfirmation(item);
        await DescribeDeletionAsync(item);
        return Page();
    }

    /// <summary>POST ?handler=Delete: logs and deletes the item, unless something still needs it.</summary>
    protected async Task<IActionResult> DeleteAsync(Guid id)
    {
        var item = await FindAsync(id);
        if (item is null)
        {
            return NotFound();
        }

        if (await WhyNotDeletableAsync(item) is { } reason)
        {
            ShowConfirmation(item);
            ModelState.AddModelError(string.Empty, reason);
            return Page();
        }

        Log(AdminAuditAction.Deleted, item, Snapshot(item), null);
        db.Remove(item);
        await db.SaveChangesAsync(Aborted);
        SavedNotice.Deleted(TempData, NameOf(item));
        return RedirectToPage(IndexPage);
    }

    /// <summary>Adds the log entry to the pending changes; the next SaveChanges stores it with the change.</summary>
    protected void Log(AdminAuditAction action, TEntity item, object? before, object? after) =>
        audit.Add(AdminScope.ActorOf(User), EntityType, IdOf(item), action, NameOf(item), before, after);

    private void ShowConfirmation(TEntity item)
    {
        Id = IdOf(item);
        Input = ToInput(item);
        ConfirmingDelete = true;
    }
}
