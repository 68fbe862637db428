using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Update;

namespace Paaroerende.Core.Data;

/// <summary>
/// EF's SQL Server migrations SQL, with one correction for hand-written migrations (docs/adr/0003). A migration that
/// EF generated carries a target model stamped with the EF version; a hand-written one has none, and EF then takes
/// every unique index for one from before EF Core 2.0 and filters out NULL on each of its columns, even NOT NULL ones,
/// so the index would not be the one the model describes. Here an index is created exactly as the migration says; the
/// migrations give the filter themselves where the model has one (Migrations/UniqueWhenSet).
/// </summary>
internal sealed class SqlServerMigrationsSql(
    MigrationsSqlGeneratorDependencies dependencies, ICommandBatchPreparer commandBatchPreparer)
    : SqlServerMigrationsSqlGenerator(dependencies, commandBatchPreparer)
{
    protected override bool UseLegacyIndexFilters(CreateIndexOperation operation, IModel? model) => false;
}
