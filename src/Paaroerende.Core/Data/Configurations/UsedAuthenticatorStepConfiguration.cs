using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Identity;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class UsedAuthenticatorStepConfiguration : IEntityTypeConfiguration<UsedAuthenticatorStep>
{
    public void Configure(EntityTypeBuilder<UsedAuthenticatorStep> builder)
    {
        builder.HasKey(s => s.UserId);
        builder.Property(s => s.UserId).HasMaxLength(FieldLengths.UserId);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
