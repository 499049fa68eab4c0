using TalentWatch.Vocabulary;

namespace TalentWatch.Moves;

/// <summary>One talent move found in an article.</summary>
/// <param name="Date">YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text (or the publication date) allows.</param>
/// <param name="Evidence">The sentence the move was read from.</param>
/// <param name="EvidenceStart">Offset of that sentence in the body, or in the title when the move comes from the title.</param>
/// <param name="Confidence">0..1 from trigger strength, argument completeness and modality.</param>
public sealed record ExtractedMove(
    MoveType Type,
    string? PersonSlug,
    string? FromSlug,
    string? ToSlug,
    string? Role,
    string? Date,
    string Evidence,
    int EvidenceStart,
    double Confidence);
