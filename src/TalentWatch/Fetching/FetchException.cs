using System.Net;

namespace TalentWatch.Fetching;

public enum FetchFailure
{
    /// <summary>The URL is not http/https, or resolves to a private, loopback or link-local address.</summary>
    Blocked,
    RobotsDisallowed,
    TooManyRedirects,
    TooLarge,
    Timeout,
    /// <summary>The server answered with a non-success status (see StatusCode, RetryAfter).</summary>
    HttpStatus,
    Network,
}

/// <summary>A fetch that did not produce a usable response; the message is fit to show a user.</summary>
public sealed class FetchException : Exception
{
    public FetchException(FetchFailure failure, Uri url, string message, HttpStatusCode? statusCode = null, TimeSpan? retryAfter = null, Exception? inner = null)
        : base(message, inner)
    {
        Failure = failure;
        Url = url;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    public FetchException() { }
    public FetchException(string message) : base(message) { }
    public FetchException(string message, Exception inner) : base(message, inner) { }

    public FetchFailure Failure { get; }
    public Uri? Url { get; }
    public HttpStatusCode? StatusCode { get; }
    public TimeSpan? RetryAfter { get; }
}
