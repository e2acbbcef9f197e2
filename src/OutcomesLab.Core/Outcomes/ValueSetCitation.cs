using System.Text;

namespace OutcomesLab.Outcomes;

/// <summary>
/// The publication of a value set, as listed in the eq5d R package's <c>references.csv</c>
/// (fragla/eq5d commit bfdc7ca). The EuroQol Research Foundation asks every user of a value set to
/// cite it: print <see cref="ToString"/> next to the scores.
/// </summary>
/// <param name="Version">Instrument version, e.g. <c>EQ-5D-3L</c>.</param>
/// <param name="Type">Value-set type as the package names it: TTO, VT or CW.</param>
/// <param name="Country">The value-set name (country, sometimes with a method or year suffix).</param>
/// <param name="PubMedId">PubMed identifier, or null.</param>
/// <param name="Doi">Digital object identifier, or null.</param>
/// <param name="Isbn">ISBN of a book source, or null.</param>
/// <param name="Url">A web address for sources without a DOI, or null.</param>
public sealed record ValueSetCitation(string Version, string Type, string Country, string? PubMedId, string? Doi, string? Isbn, string? Url)
{
    /// <summary>One line: version, type and country followed by DOI, PMID, ISBN and URL where known.</summary>
    /// <returns>E.g. <c>EQ-5D-3L TTO UK: doi:10.1097/00005650-199711000-00002; PMID 9366889</c>.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(Version).Append(' ').Append(Type).Append(' ').Append(Country).Append(':');
        var parts = new List<string>(4);
        if (Doi is not null)
        {
            parts.Add("doi:" + Doi);
        }

        if (PubMedId is not null)
        {
            parts.Add("PMID " + PubMedId);
        }

        if (Isbn is not null)
        {
            parts.Add("ISBN " + Isbn);
        }

        if (Url is not null)
        {
            parts.Add(Url);
        }

        sb.Append(' ').Append(parts.Count == 0 ? "no reference listed" : string.Join("; ", parts));
        return sb.ToString();
    }
}
