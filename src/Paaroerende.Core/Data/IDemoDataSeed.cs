namespace Paaroerende.Core.Data;

/// <summary>
/// Fills an empty database with demo content when Demo:Enabled is true. Implemented by the demo project
/// (Paaroerende.Demo), which the core does not reference: demo content is not part of the product.
/// </summary>
public interface IDemoDataSeed
{
    Task SeedAsync();
}
