using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Paaroerende.Web.Infrastructure;

namespace Paaroerende.UnitTests.Infrastructure;

public class DatabaseOutageTests
{
    public static TheoryData<Exception> Outages => new()
    {
        new NpgsqlException("Failed to connect to 127.0.0.1:5432", new System.Net.Sockets.SocketException(111)),
        new InvalidOperationException("An exception has been raised that is likely due to a transient failure.",
            new NpgsqlException("Exception while reading from stream", new EndOfStreamException())),
        new DbUpdateException("An error occurred while saving the entity changes.", new SqliteException("unable to open database file", 14)),
        new SqliteException("database is locked", 5),
        new TimeoutException("The operation has timed out."),
    };

    public static TheoryData<Exception> Bugs => new()
    {
        new InvalidOperationException("Sequence contains no elements"),
        new SqliteException("no such table: Citizens", 1),
        new DbUpdateException("An error occurred while saving the entity changes.", new SqliteException("UNIQUE constraint failed", 19)),
        new ArgumentException("A bug in a page"),
    };

    [Theory]
    [MemberData(nameof(Outages))]
    public void A_database_that_cannot_be_reached_is_a_503(Exception exception) =>
        Assert.Equal(503, DatabaseOutage.StatusCodeFor(exception));

    [Theory]
    [MemberData(nameof(Bugs))]
    public void Anything_else_is_a_500(Exception exception) =>
        Assert.Equal(500, DatabaseOutage.StatusCodeFor(exception));
}
