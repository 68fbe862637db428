namespace Paaroerende.E2ETests.Infrastructure;

/// <summary>All end-to-end tests share one portal and one browser, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SharedPortal : ICollectionFixture<PortalInChromium>
{
    public const string Name = "Portal in Chromium";
}
