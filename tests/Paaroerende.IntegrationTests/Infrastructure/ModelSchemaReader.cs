using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>What the EF model says the schema must be, for the provider the context was built with.</summary>
public static class ModelSchemaReader
{
    public static DatabaseSchema Read(DbContext context)
    {
        var model = context.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var tables = model.Tables.ToDictionary(t => t.Name, ReadTable, StringComparer.Ordinal);
        if (context.Database.IsSqlServer())
        {
            tables = tables.ToDictionary(t => t.Key, t => WithoutRestrict(t.Value), StringComparer.Ordinal);
        }

        return new DatabaseSchema(tables);
    }

    private static TableSchema ReadTable(ITable table)
    {
        var columns = table.Columns.ToDictionary(
            c => c.Name,
            c => new ColumnSchema(c.Name, c.StoreType, c.IsNullable, IsIdentity(c)),
            StringComparer.Ordinal);
        var indexes = table.Indexes.ToDictionary(
            i => i.Name,
            i => new IndexSchema(i.Name, i.IsUnique, string.Join(",", i.Columns.Select(c => c.Name)), i.Filter),
            StringComparer.Ordinal);
        var foreignKeys = table.ForeignKeyConstraints
            .Select(f => new ForeignKeySchema(
                string.Join(",", f.Columns.Select(c => c.Name)),
                f.PrincipalTable.Name,
                string.Join(",", f.PrincipalColumns.Select(c => c.Name)),
                f.OnDeleteAction.ToString()))
            .ToHashSet();
        var primaryKey = table.PrimaryKey?.Columns.Select(c => c.Name).ToList() ?? [];
        return new TableSchema(table.Name, columns, primaryKey, indexes, foreignKeys);
    }

    /// <summary>
    /// SQL Server has no ON DELETE RESTRICT; EF writes NO ACTION for it, which also refuses to delete a referenced row
    /// (checked at the end of the statement rather than at once), so the catalogue says NO_ACTION.
    /// </summary>
    private static TableSchema WithoutRestrict(TableSchema table) => table with
    {
        ForeignKeys = table.ForeignKeys
            .Select(f => f.OnDelete == nameof(ReferentialAction.Restrict) ? f with { OnDelete = nameof(ReferentialAction.NoAction) } : f)
            .ToHashSet(),
    };

    /// <summary>An integer key the database must number itself (Identity's claim tables).</summary>
    private static bool IsIdentity(IColumn column) =>
        column.PropertyMappings.Any(m =>
            m.Property.ValueGenerated == ValueGenerated.OnAdd
            && m.Property.ClrType == typeof(int)
            && m.Property.IsPrimaryKey());
}
