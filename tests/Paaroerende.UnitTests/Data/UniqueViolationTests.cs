using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Paaroerende.Core.Data;

namespace Paaroerende.UnitTests.Data;

/// <summary>A row stored twice is told apart from every other failed save, whichever provider refused it.</summary>
public class UniqueViolationTests
{
    [Theory]
    [InlineData(2067, true)] // SQLITE_CONSTRAINT_UNIQUE
    [InlineData(1555, true)] // SQLITE_CONSTRAINT_PRIMARYKEY
    [InlineData(787, false)] // SQLITE_CONSTRAINT_FOREIGNKEY: a row pointing at nothing is a bug, not a double tap
    [InlineData(1299, false)] // SQLITE_CONSTRAINT_NOTNULL
    [InlineData(5, false)] // SQLITE_BUSY
    public void Sqlite_refusals(int extendedCode, bool stored)
    {
        var refused = new DbUpdateException("save", new SqliteException("refused", extendedCode & 0xff, extendedCode));

        Assert.Equal(stored, UniqueViolation.Is(refused));
    }

    [Theory]
    [InlineData(PostgresErrorCodes.UniqueViolation, true)]
    [InlineData(PostgresErrorCodes.ForeignKeyViolation, false)]
    [InlineData(PostgresErrorCodes.CharacterNotInRepertoire, false)]
    public void PostgreSql_refusals(string sqlState, bool stored)
    {
        var refused = new DbUpdateException("save", new PostgresException("refused", "ERROR", "ERROR", sqlState));

        Assert.Equal(stored, UniqueViolation.Is(refused));
    }

    [Fact]
    public void A_save_that_failed_for_another_reason_is_not_one()
    {
        Assert.False(UniqueViolation.Is(new DbUpdateException("save", new InvalidOperationException("other"))));
        Assert.False(UniqueViolation.Is(null));
    }
}
