using System.ComponentModel.DataAnnotations;
using TalentWatch.Storage;

namespace TalentWatch.Web.Admin;

/// <summary>What the add and edit pages post; checked by SourceCheck before anything is stored.</summary>
public sealed class SourceForm
{
    [StringLength(200)]
    public string? Name { get; set; }

    /// <summary>Null is "automatic": the check detects the feed, sitemap or listing the URL leads to.</summary>
    public SourceKind? Kind { get; set; }

    [Required, StringLength(2000)]
    public string? Url { get; set; }

    [StringLength(500)]
    public string? LinkSelector { get; set; }

    [Range(5, 10080)]
    public int IntervalMinutes { get; set; } = 30;

    public bool Enabled { get; set; } = true;

    public static SourceForm From(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new SourceForm
        {
            Name = source.Name,
            Kind = source.Kind,
            Url = source.Url,
            LinkSelector = source.LinkSelector,
            IntervalMinutes = source.IntervalMinutes,
            Enabled = source.Enabled,
        };
    }

    /// <param name="kind">The chosen kind, or the detected one when the form left it automatic.</param>
    /// <param name="title">The feed's or site's own title: the name when the form gives none (else the host).</param>
    public void ApplyTo(Source source, Uri url, SourceKind kind, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(url);
        source.Name = !string.IsNullOrWhiteSpace(Name) ? Name.Trim() : !string.IsNullOrWhiteSpace(title) ? title : url.Host;
        source.Kind = kind;
        source.Url = url.AbsoluteUri;
        source.LinkSelector = kind == SourceKind.Html && !string.IsNullOrWhiteSpace(LinkSelector) ? LinkSelector.Trim() : null;
        source.IntervalMinutes = IntervalMinutes;
        source.Enabled = Enabled;
    }
}
