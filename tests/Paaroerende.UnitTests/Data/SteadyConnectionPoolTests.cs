using Npgsql;
using Paaroerende.Core.Data;

namespace Paaroerende.UnitTests.Data;

/// <summary>
/// The pages' PostgreSQL pool keeps a fixed number of connections (docs/adr/0054), unless the operator set a pool size
/// or turned pooling off.
/// </summary>
public sealed class SteadyConnectionPoolTests
{
    [Fact]
    public void Without_a_pool_size_the_pool_is_fixed_at_its_steady_size()
    {
        var builder = new NpgsqlConnectionStringBuilder(
            SteadyConnectionPool.Apply("Host=127.0.0.1;Database=portal;Username=portal"));

        Assert.Equal((SteadyConnectionPool.Size, SteadyConnectionPool.Size), (builder.MaxPoolSize, builder.MinPoolSize));
        Assert.InRange(SteadyConnectionPool.Size, 16, int.MaxValue);
        Assert.Equal("portal", builder.Database);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Database=portal;Maximum Pool Size=100", 100, 0)]
    [InlineData("Host=127.0.0.1;Database=portal;MaxPoolSize=40", 40, 0)]
    [InlineData("Host=127.0.0.1;Database=portal;Minimum Pool Size=2", 100, 2)]
    [InlineData("Host=127.0.0.1;Database=portal;minpoolsize=3", 100, 3)]
    public void An_operators_own_pool_size_is_kept_under_any_of_its_names(string connectionString, int max, int min)
    {
        var builder = new NpgsqlConnectionStringBuilder(SteadyConnectionPool.Apply(connectionString));

        Assert.Equal((max, min), (builder.MaxPoolSize, builder.MinPoolSize));
    }

    [Fact]
    public void Pooling_turned_off_stays_off_without_pool_sizes()
    {
        const string connectionString = "Host=127.0.0.1;Database=portal;Pooling=false";

        Assert.Equal(connectionString, SteadyConnectionPool.Apply(connectionString));
    }
}
