namespace Paaroerende.Core.Expectations;

/// <summary>The relative's "I have read it and agree" to one specific version of an expectation agreement.</summary>
public class ExpectationAcknowledgement
{
    public Guid Id { get; set; }

    public Guid AgreementId { get; set; }

    public ExpectationAgreement? Agreement { get; set; }

    public Guid PersonId { get; set; }

    public required string UserId { get; set; }

    public DateTime AcknowledgedAtUtc { get; set; }
}
