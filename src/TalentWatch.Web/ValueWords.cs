namespace TalentWatch.Web;

/// <summary>
/// Marker type for the lowercase words the pages show as values (source statuses, entity kinds, enabled/disabled;
/// Resources/ValueWords.ar.resx); English is the key itself. They live apart from SharedResource because resource
/// names ignore case: the status "error" cannot be a key beside the column heading "Error", nor "person" beside
/// "Person", and Arabic wants the bare word for a value but the defined form for a heading.
/// </summary>
public sealed class ValueWords;
