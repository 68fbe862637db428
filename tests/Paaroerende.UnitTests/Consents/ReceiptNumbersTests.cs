using Paaroerende.Core.Consents;

namespace Paaroerende.UnitTests.Consents;

public class ReceiptNumbersTests
{
    private static readonly DateTime Moment = new(2026, 12, 3, 10, 15, 0, DateTimeKind.Utc);

    [Fact]
    public void A_receipt_number_is_short_readable_and_the_same_for_the_same_receipt()
    {
        var relation = Guid.NewGuid();

        var number = new ReceiptNumberOf(relation, Moment).Value;

        Assert.Matches("^K-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", number);
        Assert.Equal(number, new ReceiptNumberOf(relation, Moment).Value);
    }

    [Fact]
    public void The_first_bits_of_the_id_are_written_in_Crockfords_base_32()
    {
        var id = new Guid([0x00, 0x44, 0x32, 0x14, 0xC7, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]);

        // 00000 00001 00010 00011 00100 00101 00110 00111: the bytes after the fifth do not count.
        Assert.Equal("K-0123-4567", ReceiptNumbers.From(id));
        Assert.Equal("K-ZZZZ-ZZZZ", ReceiptNumbers.From(new Guid([.. Enumerable.Repeat((byte)0xFF, 16)])));
    }

    [Fact]
    public void Another_moment_or_relation_gives_another_number_and_numbers_seldom_meet()
    {
        var relation = Guid.NewGuid();
        var numbers = Enumerable.Range(0, 20_000)
            .Select(i => new ReceiptNumberOf(i % 2 == 0 ? relation : Guid.NewGuid(), Moment.AddSeconds(i)).Value)
            .ToList();

        // 40 bits: among 20,000 receipts two share a number with a chance of about 1 in 5,500.
        Assert.Equal(numbers.Count, numbers.Distinct(StringComparer.Ordinal).Count());
    }

    private sealed record ReceiptNumberOf(Guid Relation, DateTime AtUtc)
    {
        public string Value => ReceiptNumbers.From(ConsentReceipts.ReceiptId(Relation, AtUtc));
    }
}
