using TalentWatch.Vocabulary;

namespace TalentWatch.Web.Timeline;

/// <summary>An organisation sector in a URL (?sector=university) and as a heading the interface translates.</summary>
public static class SectorNames
{
    public static string Name(OrgSector sector) => sector switch
    {
        OrgSector.University => "university",
        OrgSector.Media => "media",
        OrgSector.PublicBody => "public-body",
        _ => "company",
    };

    public static bool TryParse(string? text, out OrgSector sector)
    {
        var trimmed = text?.Trim();
        foreach (var candidate in Enum.GetValues<OrgSector>())
        {
            if (string.Equals(Name(candidate), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                sector = candidate;
                return true;
            }
        }
        sector = OrgSector.Company;
        return false;
    }

    /// <summary>The English text, which is also the key of its translation.</summary>
    public static string Label(OrgSector sector) => sector switch
    {
        OrgSector.University => "Universities and institutes",
        OrgSector.Media => "Media",
        OrgSector.PublicBody => "Public bodies",
        _ => "Companies and labs",
    };

    /// <summary>The mark a row of another sector carries in the mixed list.</summary>
    public static string Tag(OrgSector sector) => sector switch
    {
        OrgSector.University => "university",
        OrgSector.Media => "news outlet",
        OrgSector.PublicBody => "public body",
        _ => "Company",
    };
}
