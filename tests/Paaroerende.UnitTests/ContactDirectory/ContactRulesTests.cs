using Paaroerende.Core.ContactDirectory;

namespace Paaroerende.UnitTests.ContactDirectory;

public class ContactRulesTests
{
    [Theory]
    [InlineData("36 39 28 80")]
    [InlineData("36392880")]
    [InlineData("+45 36 39 28 80")]
    [InlineData("0045 3639 2880")]
    [InlineData("23 28 59 94 eller 21 39 95 50")]
    public void Danish_numbers_are_accepted_with_spaces_country_code_and_eller(string phone)
    {
        Assert.True(ContactRules.IsValidPhone(phone));
    }

    [Theory]
    [InlineData("12 34")]
    [InlineData("36 39 28 80 1")]
    [InlineData("+46 36 39 28 80")]
    [InlineData("tlf. 36392880")]
    [InlineData("36392880 eller")]
    [InlineData("=HYPERLINK(\"x\")")]
    public void Malformed_numbers_are_refused(string phone)
    {
        Assert.False(ContactRules.IsValidPhone(phone));
    }

    [Theory]
    [InlineData("visitationen@hvidovre.dk")]
    [InlineData("borgerrådgiver@hvidovre.dk")]
    [InlineData("Pitstop@ishoj.dk")]
    public void Mail_addresses_with_Danish_letters_are_accepted(string email)
    {
        Assert.True(ContactRules.IsValidEmail(email));
    }

    [Theory]
    [InlineData("ikke en mail")]
    [InlineData("navn@")]
    [InlineData("navn@domæne")]
    [InlineData("a@b..dk")]
    [InlineData("\"<script>\"@x.dk")]
    [InlineData("navn@x.dk>")]
    public void Malformed_mail_addresses_are_refused(string email)
    {
        Assert.False(ContactRules.IsValidEmail(email));
    }

    [Theory]
    [InlineData("https://www.hvidovre.dk")]
    [InlineData("http://www.kaerbo.dk/")]
    public void Web_addresses_must_be_http_or_https(string url)
    {
        Assert.True(ContactRules.IsValidWebAddress(url));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>")]
    [InlineData("www.hvidovre.dk")]
    [InlineData("/Kontakt")]
    [InlineData("https://localhost")]
    [InlineData("https://www.hvidovre.dk/a b")]
    public void Other_addresses_are_refused(string url)
    {
        Assert.False(ContactRules.IsValidWebAddress(url));
    }
}
