namespace TalentWatch.Extraction;

/// <summary>A page too large or too deeply nested to parse within the limits.</summary>
public sealed class HtmlTooComplexException : Exception
{
    public HtmlTooComplexException() { }
    public HtmlTooComplexException(string message) : base(message) { }
    public HtmlTooComplexException(string message, Exception inner) : base(message, inner) { }
}
