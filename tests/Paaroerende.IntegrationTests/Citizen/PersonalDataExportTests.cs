using System.Linq.Expressions;
using System.Net;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Consents;
using Paaroerende.Core.Data;
using Paaroerende.Demo;
using Paaroerende.Core.Relatives;
using Paaroerende.IntegrationTests.Infrastructure;
using Paaroerende.IntegrationTests.Staff;

namespace Paaroerende.IntegrationTests.CitizenArea;

public class PersonalDataExportTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_citizens_export_holds_every_row_of_every_table_that_references_the_citizen(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        using var jens = await factory.SignInAsAsync(DemoAccounts.SecondRelative);
        using var _ = await jens.GetAsync(new Uri($"/Relatives/Citizen/{inger}", UriKind.Relative));
        using var citizen = await factory.SignInAsAsync(DemoAccounts.Citizen);

        var export = await ExportAsync(citizen, "/Citizen/MyData?handler=Json");

        // A relative's check-ins and feedback name the citizen but are the relative's, told to staff only: never hers.
        var checkedTables = await AssertCoversAsync(factory, export, inger, typeof(Citizen), nameof(Relation.CitizenId),
            async db => new Dictionary<string, HashSet<string>>
            {
                ["WellbeingCheckIns"] = [.. await db.WellbeingCheckIns.Where(c => db.Relations.Any(r => r.Id == c.RelationId && r.CitizenId == inger)).Select(c => c.Id.ToString()).ToListAsync()],
                ["UnitFeedback"] = [.. await db.UnitFeedback.Where(f => f.CitizenId == inger).Select(f => f.Id.ToString()).ToListAsync()],
                ["MessageThreads"] = [.. await db.MessageThreads.Where(t => t.CitizenId == inger).Select(t => t.Id.ToString()).ToListAsync()],
            });
        Assert.Superset(new HashSet<string> { "Citizens", "Relations", "ConsentRecords", "CitizenUpdates", "AuditEntries", "AspNetUsers" }, checkedTables);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_relatives_export_holds_every_row_of_every_table_that_references_the_person(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        var mette = await factory.WithDbAsync(db => db.People.Where(p => p.Email == DemoAccounts.Relative).Select(p => p.Id).SingleAsync());
        using var relative = await factory.SignInAsAsync(DemoAccounts.Relative);
        using var _ = await relative.GetAsync(new Uri($"/Relatives/Citizen/{inger}", UriKind.Relative));

        var export = await ExportAsync(relative, "/Relatives/MyData?handler=Json");

        // Mette is kept out of Inger's finances: that decision is not hers to know, so it is not in her copy.
        var checkedTables = await AssertCoversAsync(factory, export, mette, typeof(Person), nameof(Relation.PersonId),
            async db => new Dictionary<string, HashSet<string>>
            {
                ["ConsentRecords"] = [.. await db.ConsentRecords
                    .Where(c => c.Relation!.PersonId == mette && (c.Level == ConsentLevel.KeptOut || c.Level == ConsentLevel.None))
                    .Select(c => c.Id.ToString()).ToListAsync()],
            });
        Assert.Superset(new HashSet<string> { "People", "Relations", "ConsentRecords", "AuditEntries", "AspNetUsers" }, checkedTables);
        Assert.DoesNotContain(export.GetProperty("tables").GetProperty("ConsentRecords").EnumerateArray(),
            c => c.GetProperty("Level").GetString() is "KeptOut" || c.GetProperty("Topic").GetString() is "Finances");
        Assert.Equal(0, export.GetProperty("tables").GetProperty("Citizens").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Staff_of_the_citizens_unit_can_produce_the_same_export(string provider)
    {
        var factory = await portal.ForAsync(provider);
        var inger = await factory.CitizenIdAsync("Inger", "Prøvesen");
        using var staff = await factory.SignInAsAsync(DemoAccounts.Staff);
        using var citizen = await factory.SignInAsAsync(DemoAccounts.Citizen);

        var byStaff = await ExportAsync(staff, $"/Staff/Citizens/{inger}/Data?handler=Json");
        var own = await ExportAsync(citizen, "/Citizen/MyData?handler=Json");

        Assert.Equal(inger.ToString(), byStaff.GetProperty("subjectId").GetString());
        Assert.Equal(IdsOf(own, "ConsentRecords"), IdsOf(byStaff, "ConsentRecords"));
        Assert.Equal(IdsOf(own, "Relations"), IdsOf(byStaff, "Relations"));
    }

    private static async Task<JsonElement> ExportAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    private static List<string> IdsOf(JsonElement export, string table) =>
        [.. export.GetProperty("tables").GetProperty(table).EnumerateArray().Select(r => r.GetProperty("Id").ToString()).Order()];

    /// <summary>
    /// Every entity type of the model that holds the subject (the subject's own table), names it by a property of the
    /// subject's kind (CitizenId / PersonId, or a foreign key to the subject's table), or hangs on one of the subject's
    /// relations must be a table of the export with each of its rows about the subject — except the rows
    /// <paramref name="withheld"/> names per table, which must not be in it.
    /// </summary>
    private static async Task<HashSet<string>> AssertCoversAsync(
        PortalFactory factory, JsonElement export, Guid subjectId, Type subjectType, string idProperty,
        Func<PortalDbContext, Task<Dictionary<string, HashSet<string>>>> withheld)
    {
        var tables = export.GetProperty("tables");
        var covered = new HashSet<string>();
        await factory.WithDbAsync(async db =>
        {
            var keptBack = await withheld(db);
            var relationIds = await db.Relations.Where(r => EF.Property<Guid>(r, idProperty) == subjectId).Select(r => r.Id).ToListAsync();
            foreach (var entity in db.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.FindPrimaryKey() is not null))
            {
                var table = entity.GetTableName()!;
                var checks = new List<(IProperty Column, IReadOnlyCollection<Guid> Values)>();
                if (entity.ClrType == subjectType)
                {
                    checks.Add((entity.FindPrimaryKey()!.Properties.Single(), [subjectId]));
                }

                checks.AddRange(entity.GetProperties()
                    .Where(p => p.Name == idProperty || p.GetContainingForeignKeys().Any(fk => fk.PrincipalEntityType.ClrType == subjectType))
                    .Select(p => (p, (IReadOnlyCollection<Guid>)[subjectId])));
                checks.AddRange(entity.GetForeignKeys().Where(fk => fk.PrincipalEntityType.ClrType == typeof(Relation))
                    .Select(fk => (fk.Properties.Single(), (IReadOnlyCollection<Guid>)relationIds)));
                var personalKinds = entity.GetProperties().Any(p => p.Name is nameof(Relation.CitizenId) or nameof(Relation.PersonId));
                if (checks.Count == 0 && !personalKinds)
                {
                    continue;
                }

                if (entity.ClrType == typeof(CurrentConsent))
                {
                    // Each row copies the newest consent record of a line (kept for fast reads): the data is the history's,
                    // and the export holds that table, checked in its own turn.
                    Assert.True(tables.TryGetProperty("ConsentRecords", out _), "CurrentConsents copies ConsentRecords, which the export lacks.");
                    covered.Add(table);
                    continue;
                }

                Assert.True(tables.TryGetProperty(table, out var rows),
                    $"The table {table} ({entity.ClrType.Name}) references a citizen or a person, but the export has no list for it.");
                var exported = rows.EnumerateArray().Select(r => r.GetProperty("Id").ToString().ToUpperInvariant()).ToHashSet();
                foreach (var (column, values) in checks)
                {
                    foreach (var id in await IdsWhereAsync(db, entity, column, values))
                    {
                        if (keptBack.TryGetValue(table, out var notHis) && notHis.Contains(id, StringComparer.OrdinalIgnoreCase))
                        {
                            Assert.False(exported.Contains(id.ToUpperInvariant()), $"{table} row {id} must be left out of the export.");
                        }
                        else
                        {
                            Assert.True(exported.Contains(id.ToUpperInvariant()), $"{table} row {id} ({column.Name}) is about the subject but not in the export.");
                        }
                    }
                }

                covered.Add(table);
            }

            return 0;
        });
        return covered;
    }

    private static async Task<List<string>> IdsWhereAsync(PortalDbContext db, IEntityType entity, IProperty column, IReadOnlyCollection<Guid> values)
    {
        var method = typeof(PersonalDataExportTests).GetMethod(nameof(IdsWhereTypedAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(entity.ClrType, column.ClrType);
        return await (Task<List<string>>)method.Invoke(null, [db, entity, column, values])!;
    }

    private static async Task<List<string>> IdsWhereTypedAsync<TEntity, TValue>(
        PortalDbContext db, IEntityType entity, IProperty column, IReadOnlyCollection<Guid> values)
        where TEntity : class
    {
        var e = Expression.Parameter(typeof(TEntity), "e");
        var property = Expression.Call(typeof(EF), nameof(EF.Property), [typeof(TValue)], e, Expression.Constant(column.Name));
        var wanted = values.Select(v => (TValue)(object)(typeof(TValue) == typeof(string) ? v.ToString() : v)).ToList();
        var filter = Expression.Lambda<Func<TEntity, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TValue)], Expression.Constant(wanted), property), e);
        var key = entity.FindPrimaryKey()!.Properties.Single();
        var keyOf = Expression.Lambda<Func<TEntity, object>>(Expression.Convert(
            Expression.Call(typeof(EF), nameof(EF.Property), [key.ClrType], e, Expression.Constant(key.Name)), typeof(object)), e);
        var ids = await db.Set<TEntity>().Where(filter).Select(keyOf).ToListAsync();
        return [.. ids.Select(i => i.ToString()!)];
    }
}
