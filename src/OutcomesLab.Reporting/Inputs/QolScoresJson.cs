using System.Collections.Immutable;
using System.Globalization;
using OutcomesLab.IO;
using OutcomesLab.Outcomes;

namespace OutcomesLab.Reporting.Inputs;

/// <summary>The JSON shapes of <c>qol score</c> and <c>qol value-sets</c>.</summary>
internal static class QolScoresJson
{
    /// <summary>The JSON list of the shipped EQ-5D value sets with their citation.</summary>
    /// <param name="sets">The value sets.</param>
    /// <returns>The indented JSON text.</returns>
    public static string ValueSets(ImmutableArray<Eq5dValueSet> sets) => JsonOutput.Write(w =>
    {
        w.WriteStartArray();
        foreach (var s in sets)
        {
            w.WriteStartObject();
            w.WriteString("instrument", Instrument(s.Type));
            w.WriteString("value_set", s.Name);
            w.WriteString("doi", s.Citation.Doi);
            w.WriteString("pubmed", s.Citation.PubMedId);
            w.WriteString("url", s.Citation.Url);
            w.WriteString("citation", s.Citation.ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    /// <summary>The instrument name of a value-set type (eq5d-3l, eq5d-5l, eq5d-5l-crosswalk), as <c>--instrument</c> takes it.</summary>
    /// <param name="type">The value-set type.</param>
    /// <returns>The name.</returns>
    public static string Instrument(Eq5dValueSetType type) => type switch
    {
        Eq5dValueSetType.ThreeLevelTto => "eq5d-3l",
        Eq5dValueSetType.FiveLevelVt => "eq5d-5l",
        _ => "eq5d-5l-crosswalk",
    };

    // Sums of published coefficients carry binary noise (0.23399999999999993); ten decimals is far
    // beyond any published precision and prints the intended 0.234.
    /// <summary>Rounds a score to ten decimals.</summary>
    /// <param name="value">The score.</param>
    /// <returns>The rounded score.</returns>
    public static double Clean(double value) => Math.Round(value, 10, MidpointRounding.AwayFromZero);

    /// <summary>The JSON of <c>qol score</c>: instrument, citation, value set, file and score columns, then every input row with its scores appended.</summary>
    /// <param name="table">The input table.</param>
    /// <param name="instrument">The instrument.</param>
    /// <param name="scores">Per score column, the score of each row (null when not scorable).</param>
    /// <returns>The indented JSON text.</returns>
    public static string Write(CohortTable table, QolInstrument instrument, double?[][] scores) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("instrument", instrument.Name);
        w.WriteString("citation", instrument.Citation);
        if (instrument.ValueSet is { } vs)
        {
            w.WriteString("value_set", vs.Name);
        }

        w.WriteString("file", Path.GetFileName(table.SourceFile));
        w.WriteStartArray("score_columns");
        foreach (var o in instrument.Outputs)
        {
            w.WriteStringValue(o);
        }

        w.WriteEndArray();
        w.WriteStartArray("rows");
        for (var r = 0; r < table.RowCount; r++)
        {
            w.WriteStartObject();
            foreach (var c in table.Columns)
            {
                var text = TableCsvWriter.CellText(table, c.Index, r);
                if (text is null)
                {
                    w.WriteNull(c.Name);
                }
                else if (c.Kind is ColumnKind.Number or ColumnKind.Integer)
                {
                    w.Number(c.Name, double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
                }
                else
                {
                    w.WriteString(c.Name, text);
                }
            }

            for (var k = 0; k < instrument.Outputs.Count; k++)
            {
                w.Number(instrument.Outputs[k], scores[k][r] is { } v ? Clean(v) : null);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });
}
