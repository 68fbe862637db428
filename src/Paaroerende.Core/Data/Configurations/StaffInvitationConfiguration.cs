using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Identity;
using Paaroerende.Core.Invitations;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class StaffInvitationConfiguration : IEntityTypeConfiguration<StaffInvitation>
{
    public void Configure(EntityTypeBuilder<StaffInvitation> builder)
    {
        builder.Property(i => i.UserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(i => i.TokenHash).HasMaxLength(FieldLengths.TokenHash);
        builder.Property(i => i.InvitedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.HasOne<PortalUser>().WithMany()
            .HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.UserId);
    }
}
