using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.RateLimiting;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class RateLimitWindowConfiguration : IEntityTypeConfiguration<RateLimitWindow>
{
    public void Configure(EntityTypeBuilder<RateLimitWindow> builder)
    {
        builder.HasKey(w => new { w.Key, w.WindowStart });
        builder.Property(w => w.Key).HasMaxLength(SharedRateLimitCounter.KeyLength);

        // The retention job deletes old windows by their start.
        builder.HasIndex(w => w.WindowStart);
    }
}
