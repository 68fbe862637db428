using System.Net;
using Microsoft.EntityFrameworkCore;
using Paaroerende.Core.Data;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>Intent methods that fill in the administrator's directory forms like a person would, and find what was made.</summary>
public static class DirectoryEditing
{
    public static async Task<Guid> AddCategoryAsync(this HttpClient admin, PortalFactory factory, string title)
    {
        var page = await admin.GetDocumentAsync("/Admin/Directory/Category");
        using var saved = await admin.SubmitAsync(page, new Dictionary<string, string> { ["Input.Title"] = title });
        Expect(saved);
        return await IdAsync(factory, db => db.DirectoryCategories.Where(c => c.Title == title).Select(c => c.Id));
    }

    public static async Task<Guid> AddSituationAsync(this HttpClient admin, PortalFactory factory, Guid categoryId, string title)
    {
        var page = await admin.GetDocumentAsync($"/Admin/Directory/Situation?categoryId={categoryId}");
        using var saved = await admin.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.CategoryId"] = categoryId.ToString(),
            ["Input.Title"] = title,
            ["Input.Description"] = "",
        });
        Expect(saved);
        return await IdAsync(factory, db => db.DirectorySituations.Where(s => s.Title == title).Select(s => s.Id));
    }

    public static async Task<Guid> AddContactAsync(
        this HttpClient admin, PortalFactory factory, Guid situationId, string name, string phone = "", string note = "")
    {
        var page = await admin.GetDocumentAsync($"/Admin/Directory/Contact?situationId={situationId}");
        using var saved = await admin.SubmitAsync(page, ContactFields(situationId, name, phone, note));
        Expect(saved);
        return await IdAsync(factory, db => db.DirectoryContacts.Where(c => c.Name == name).Select(c => c.Id));
    }

    public static Dictionary<string, string> ContactFields(Guid situationId, string name, string phone = "", string note = "") => new()
    {
        ["Input.SituationId"] = situationId.ToString(),
        ["Input.Name"] = name,
        ["Input.Phone"] = phone,
        ["Input.Email"] = "",
        ["Input.OpeningHours"] = "",
        ["Input.WebAddress"] = "",
        ["Input.Note"] = note,
    };

    /// <summary>The same as <see cref="StaffWorld.WithDbAsync"/>: the reads still queued are moved into the audit log first.</summary>
    public static Task<T> QueryAsync<T>(this PortalFactory factory, Func<PortalDbContext, Task<T>> query) =>
        factory.WithDbAsync(query);

    private static Task<Guid> IdAsync(PortalFactory factory, Func<PortalDbContext, IQueryable<Guid>> query) =>
        factory.QueryAsync(db => query(db).SingleAsync());

    private static void Expect(HttpResponseMessage saved)
    {
        if (saved.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Saving failed: {(int)saved.StatusCode}");
        }
    }
}
