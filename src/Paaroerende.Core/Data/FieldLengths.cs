namespace Paaroerende.Core.Data;

/// <summary>Column lengths shared by the model, the migrations and the forms' validation.</summary>
public static class FieldLengths
{
    public const int Slug = 64;
    public const int Name = 200;
    public const int Title = 300;
    public const int Phone = 40;
    public const int Email = 256;
    public const int Url = 500;
    public const int ShortText = 500;
    public const int LongText = 4000;
    public const int Markdown = 20000;
    public const int PostalCode = 10;
    public const int Enum = 40;
    public const int UserId = 450;
    public const int TokenHash = 64;
}
