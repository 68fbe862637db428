using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Paaroerende.Core.Citizens;
using Paaroerende.Core.Invitations;

namespace Paaroerende.Core.Data.Configurations;

internal sealed class CitizenInvitationConfiguration : IEntityTypeConfiguration<CitizenInvitation>
{
    public void Configure(EntityTypeBuilder<CitizenInvitation> builder)
    {
        builder.Property(i => i.Email).HasMaxLength(FieldLengths.Email);
        builder.Property(i => i.TokenHash).HasMaxLength(FieldLengths.TokenHash);
        builder.Property(i => i.InvitedByUserId).HasMaxLength(FieldLengths.UserId);
        builder.HasOne<Citizen>().WithMany().HasForeignKey(i => i.CitizenId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.CitizenId);
    }
}
