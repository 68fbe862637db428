using Paaroerende.Core.Tenancy;

namespace Paaroerende.Core.Privacy;

/// <summary>
/// What a municipality's administrator fills in for its privacy notice (GDPR art. 13, docs/adr/0032): the data
/// controller's details, the data protection officer and, optionally, its own wording of the purposes and legal bases.
/// One row per municipality, keyed by it; no row, or an empty field, means the public page shows its default text.
/// Retention is not here: the page shows the deployment's configured periods, so the notice cannot drift from them.
/// </summary>
public class PrivacyNotice
{
    public Guid MunicipalityId { get; set; }

    public Municipality? Municipality { get; set; }

    /// <summary>The controller's postal address, e.g. "Hvidovrevej 278, 2650 Hvidovre".</summary>
    public string? ControllerAddress { get; set; }

    /// <summary>The municipality's CVR number, eight digits.</summary>
    public string? ControllerCvr { get; set; }

    public string? ControllerEmail { get; set; }

    public string? ControllerPhone { get; set; }

    /// <summary>The data protection officer (databeskyttelsesrådgiver): a name, a function or a team.</summary>
    public string? DpoName { get; set; }

    public string? DpoEmail { get; set; }

    public string? DpoPhone { get; set; }

    /// <summary>The municipality's own text (Markdown) about what the data is used for; null: the default text.</summary>
    public string? PurposesMarkdown { get; set; }

    /// <summary>The municipality's own text (Markdown) about the legal bases; null: the default text.</summary>
    public string? LegalBasesMarkdown { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public const int CvrLength = 8;
}
