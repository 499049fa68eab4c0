namespace TalentWatch.Extraction;

public static class UrlCanonicalizer
{
    public static string Canonicalize(Uri url) => throw new NotImplementedException();
}
