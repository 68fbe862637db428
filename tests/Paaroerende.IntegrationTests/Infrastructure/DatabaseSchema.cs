namespace Paaroerende.IntegrationTests.Infrastructure;

/// <summary>A provider-neutral description of a schema, read from the model or from a real database.</summary>
public sealed record DatabaseSchema(IReadOnlyDictionary<string, TableSchema> Tables);

public sealed record TableSchema(
    string Name,
    IReadOnlyDictionary<string, ColumnSchema> Columns,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyDictionary<string, IndexSchema> Indexes,
    IReadOnlySet<ForeignKeySchema> ForeignKeys);

public sealed record ColumnSchema(string Name, string StoreType, bool Nullable, bool DatabaseGeneratedIdentity);

/// <summary>An index; <paramref name="Filter"/> only on SQL Server, the one database whose model filters indexes.</summary>
public sealed record IndexSchema(string Name, bool Unique, string Columns, string? Filter = null);

/// <summary>Compared without a name: SQLite does not keep foreign key names.</summary>
public sealed record ForeignKeySchema(string Columns, string PrincipalTable, string PrincipalColumns, string OnDelete);
