using System.Resources;

// The resource files without a culture suffix hold the Danish texts.
[assembly: NeutralResourcesLanguage("da")]
