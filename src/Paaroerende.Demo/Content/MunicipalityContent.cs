using Paaroerende.Core.ContactDirectory;
using Paaroerende.Core.GeneralInformation;

namespace Paaroerende.Demo.Content;

public sealed record MunicipalityContent(
    string Slug,
    string Name,
    string? WebAddress,
    IReadOnlyList<InformationPage> InformationPages,
    IReadOnlyList<DirectoryCategory> DirectoryCategories,
    IReadOnlyList<Offer> Offers,
    IReadOnlyList<UsefulLink> UsefulLinks,
    IReadOnlyList<RelativesCouncil> RelativesCouncils);
