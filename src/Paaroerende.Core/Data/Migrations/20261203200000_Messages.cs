using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Paaroerende.Core.Data.Migrations;

/// <summary>
/// Messages between a relative and the staff of the citizen's unit (issue #13, docs/adr/0031): threads about one
/// citizen and one topic (or none), their messages, when the staff first read a relative's message, and the thread a
/// relative's read (an audit entry) was of.
/// </summary>
[DbContext(typeof(PortalDbContext))]
[Migration("20261203200000_Messages")]
public class Messages : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var m = migrationBuilder;

        // A relative's read of a thread is its audit entry, which names the thread (AuditEntry.ItemId).
        m.AddColumn<Guid>("ItemId", "AuditEntries", nullable: true);
        m.CreateTable(
            name: "MessageThreads",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                CitizenId = t.Column<Guid>(nullable: false),
                PersonId = t.Column<Guid>(nullable: false),
                RelationId = t.Column<Guid>(nullable: false),
                Topic = t.Column<string>(maxLength: FieldLengths.Enum, nullable: true),
                Subject = t.Column<string>(maxLength: FieldLengths.Title, nullable: false),
                StartedAtUtc = t.Column<DateTime>(nullable: false),
                StartedByUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
                CheckInId = t.Column<Guid>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_MessageThreads", x => x.Id);
                t.ForeignKey("FK_MessageThreads_Citizens_CitizenId", x => x.CitizenId, "Citizens", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_MessageThreads_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_MessageThreads_Relations_RelationId", x => x.RelationId, "Relations", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_MessageThreads_CitizenId_PersonId", "MessageThreads", ["CitizenId", "PersonId"]);
        m.CreateIndex("IX_MessageThreads_PersonId", "MessageThreads", "PersonId");
        m.CreateIndex("IX_MessageThreads_RelationId", "MessageThreads", "RelationId");

        m.CreateTable(
            name: "Messages",
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                ThreadId = t.Column<Guid>(nullable: false),
                From = t.Column<string>(maxLength: FieldLengths.Enum, nullable: false),
                AuthorUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
                Body = t.Column<string>(maxLength: Paaroerende.Core.Messages.Message.BodyLength, nullable: false),
                SentAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Messages", x => x.Id);
                t.ForeignKey("FK_Messages_MessageThreads_ThreadId", x => x.ThreadId, "MessageThreads", "Id", onDelete: ReferentialAction.Restrict);
            });
        m.CreateIndex("IX_Messages_ThreadId_SentAtUtc", "Messages", ["ThreadId", "SentAtUtc"]);

        m.CreateTable(
            name: "MessageReads",
            columns: t => new
            {
                MessageId = t.Column<Guid>(nullable: false),
                ReaderUserId = t.Column<string>(maxLength: FieldLengths.UserId, nullable: false),
                ReadAtUtc = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_MessageReads", x => x.MessageId);
                t.ForeignKey("FK_MessageReads_Messages_MessageId", x => x.MessageId, "Messages", "Id", onDelete: ReferentialAction.Restrict);
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("MessageReads");
        migrationBuilder.DropTable("Messages");
        migrationBuilder.DropTable("MessageThreads");
        migrationBuilder.DropColumn("ItemId", "AuditEntries");
    }
}
