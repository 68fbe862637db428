using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>What the EF model says the schema must be, for the provider the context was built with.</summary>
public static class ModelSchemaReader
{
    public static DatabaseSchema Read(DbContext context)
    {
        var model = context.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var tables = model.Tables.ToDictionary(t => t.Name, ReadTable, StringComparer.Ordinal);
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
            i => new IndexSchema(i.Name, i.IsUnique, string.Join(",", i.Columns.Select(c => c.Name))),
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

    /// <summary>An integer key the database must number itself (Identity's claim tables).</summary>
    private static bool IsIdentity(IColumn column) =>
        column.PropertyMappings.Any(m =>
            m.Property.ValueGenerated == ValueGenerated.OnAdd
            && m.Property.ClrType == typeof(int)
            && m.Property.IsPrimaryKey());
}
