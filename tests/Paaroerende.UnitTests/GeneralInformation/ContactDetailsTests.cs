using Paaroerende.Web.GeneralInformation;

namespace Paaroerende.UnitTests.GeneralInformation;

public class ContactDetailsTests
{
    [Fact]
    public void Two_numbers_in_one_phone_field_become_two_Danish_tel_links()
    {
        var details = new ContactDetails("23 28 59 94 eller 21 39 95 50", null, null, null);

        Assert.Equal(
            [new PhoneNumber("23 28 59 94", "tel:+4523285994"), new PhoneNumber("21 39 95 50", "tel:+4521399550")],
            details.PhoneNumbers());
    }

    [Theory]
    [InlineData("+45 36 39 28 80", "tel:+4536392880")]
    [InlineData("0045 36392880", "tel:+4536392880")]
    [InlineData("36392880", "tel:+4536392880")]
    public void Numbers_with_or_without_the_Danish_country_code_get_one_international_tel_link(string phone, string tel)
    {
        Assert.Equal(tel, Assert.Single(new ContactDetails(phone, null, null, null).PhoneNumbers()).TelAddress);
    }

    [Theory]
    [InlineData("http://www.kaerbo.dk/", "www.kaerbo.dk")]
    [InlineData("https://www.handicap.kk.dk", "www.handicap.kk.dk")]
    [InlineData("http://www.aeldresagen.dk/paaroerende", "www.aeldresagen.dk/paaroerende")]
    public void Web_addresses_are_shown_without_scheme_and_trailing_slash(string url, string shown)
    {
        Assert.Equal(shown, ContactDetails.WebText(url));
    }
}
