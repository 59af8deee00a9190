using GuidelineRules.Rules;

namespace GuidelineRules.Tests.Rules;

/// <summary>Published test vectors for the check digits (detectors.md §3: python-stdnum doctests, card test numbers).</summary>
public class NumberChecksTests
{
    [TestCase("621498320257", true)]
    [TestCase("123456789018", true)]
    [TestCase("621498320258", false)]
    [TestCase("123456789019", false)]
    public void My_number_check_digit(string digits, bool valid) => NumberChecks.IsValidMyNumber(digits).Should().Be(valid);

    [TestCase("7000012050002", true)]
    [TestCase("5835678256246", true)]
    [TestCase("2835678256246", false)]
    public void Corporate_number_check_digit(string digits, bool valid) => NumberChecks.IsValidCorporateNumber(digits).Should().Be(valid);

    [TestCase("4111111111111111", true)]
    [TestCase("5555555555554444", true)]
    [TestCase("3530111333300000", true)]
    [TestCase("4111111111111112", false)]
    public void Luhn(string digits, bool valid) => NumberChecks.IsLuhnValid(digits).Should().Be(valid);

    [TestCase("090-1234-5678", "MobilePhone")]
    [TestCase("+81-90-1234-5678", "MobilePhone")]
    [TestCase("050-1234-5678", "MobilePhone")]
    [TestCase("03-1234-5678", "FixedPhone")]
    [TestCase("0123-45-6789", "FixedPhone")]
    [TestCase("0120-123-456", "BusinessPhone")]
    [TestCase("0570-000-123", "BusinessPhone")]
    [TestCase("090-12345-678", "None")]
    [TestCase("020-1234-5678", "None")]
    [TestCase("2024-12-01", "None")]
    [TestCase("7000012050002", "CorporateNumber")]
    [TestCase("4111-1111-1111-1111", "CardNumber")]
    [TestCase("6214-9832-0257", "MyNumberValid")]
    [TestCase("6214-9832-0258", "MyNumberInvalid")]
    [TestCase("621-498-320-257", "None")]
    [TestCase("12", "None")]
    [TestCase("54006070197832672", "None")]
    public void Classifies_by_numbering_plan_and_check_digit(string canonical, string kind) =>
        NumberChecks.Classify(canonical).ToString().Should().Be(kind);
}
