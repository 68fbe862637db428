using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// A unique index on a nullable column. SQL Server counts NULLs as equal in a unique index, so two rows without the
/// value would collide; EF's SQL Server convention therefore puts the filter <c>[Column] IS NOT NULL</c> on such an
/// index in the model, and the migration must create the same. SQLite and PostgreSQL let NULLs repeat and get no filter,
/// so their schema stays exactly as it was.
/// </summary>
internal static class UniqueWhenSet
{
    public static void CreateIndex(MigrationBuilder m, string name, string table, string column) =>
        m.CreateIndex(name, table, column, unique: true, filter: m.IsSqlServer() ? $"[{column}] IS NOT NULL" : null);
}
