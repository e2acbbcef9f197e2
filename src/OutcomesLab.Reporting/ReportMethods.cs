using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OutcomesLab.Reporting;

/// <summary>
/// The generated methods paragraph: the sections' methods sentences in plan order, with citation
/// keys (<c>[kaplan1958]</c>, <c>[mantel1966; peto1972]</c>) replaced by reference numbers in order of
/// first citation, and the numbered reference list (each work once).
/// </summary>
internal sealed partial record ReportMethods(ImmutableArray<string> Paragraphs, ImmutableArray<ReportCitation> References)
{
    /// <summary>Builds the paragraphs (one per section) and the numbered references.</summary>
    public static ReportMethods From(IEnumerable<ReportSection> sections)
    {
        var sectionList = sections.ToList();
        var catalogue = new Dictionary<string, ReportCitation>(StringComparer.Ordinal);
        foreach (var c in sectionList.SelectMany(s => s.Citations))
        {
            catalogue.TryAdd(c.Key, c);
        }

        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var references = ImmutableArray.CreateBuilder<ReportCitation>();
        var paragraphs = ImmutableArray.CreateBuilder<string>();
        foreach (var section in sectionList.Where(s => !s.Methods.IsEmpty))
        {
            var text = string.Join(" ", section.Methods);
            paragraphs.Add(CitationPattern().Replace(text, m =>
            {
                var keys = m.Groups[1].Value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (!keys.All(catalogue.ContainsKey))
                {
                    return m.Value;
                }

                var sb = new StringBuilder("[");
                for (var i = 0; i < keys.Length; i++)
                {
                    if (!numbers.TryGetValue(keys[i], out var n))
                    {
                        n = numbers.Count + 1;
                        numbers[keys[i]] = n;
                        references.Add(catalogue[keys[i]]);
                    }

                    sb.Append(i == 0 ? "" : ", ").Append(n.ToString(CultureInfo.InvariantCulture));
                }

                return sb.Append(']').ToString();
            }));
        }

        return new ReportMethods(paragraphs.ToImmutable(), references.ToImmutable());
    }

    [GeneratedRegex(@"\[([a-z0-9][a-z0-9\-]*(?:;\s*[a-z0-9][a-z0-9\-]*)*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex CitationPattern();
}
