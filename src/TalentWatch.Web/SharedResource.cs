namespace TalentWatch.Web;

/// <summary>Marker type for the interface strings (Resources/SharedResource.ar.resx); English is the key itself.</summary>
public sealed class SharedResource;
