namespace OutcomesLab.IO.Json;

/// <summary>
/// The JSON shape of a <see cref="TableDescription"/> (<c>outcomeslab describe --format json</c>):
/// file, size, and per column its detected type, missing count, range (ISO 8601 text for date columns), mean, most frequent levels
/// and note.
/// </summary>
internal static class TableDescriptionJson
{
    /// <summary>Writes the description.</summary>
    /// <param name="d">The description.</param>
    /// <returns>The indented JSON text with a final newline.</returns>
    public static string Write(TableDescription d) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("file", Path.GetFileName(d.SourceFile));
        w.WriteNumber("rows", d.Rows);
        w.WriteNumber("columns", d.Columns);
        w.WriteStartArray("column_details");
        foreach (var c in d.ColumnDetails)
        {
            w.WriteStartObject();
            w.WriteString("name", c.Name);
            w.WriteString("type", KindName(c.Kind));
            w.WriteNumber("missing", c.Missing);
            if (c.EarliestDate is not null || c.LatestDate is not null)
            {
                w.WriteString("min", c.EarliestDate);
                w.WriteString("max", c.LatestDate);
            }
            else
            {
                w.Number("min", c.Min);
                w.Number("max", c.Max);
            }

            w.Number("mean", c.Mean);
            w.WriteStartArray("levels");
            foreach (var l in c.Levels.IsDefault ? [] : c.Levels)
            {
                w.WriteStartObject();
                w.WriteString("level", l.Level);
                w.WriteNumber("count", l.Count);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("more_levels", c.MoreLevels);
            if (c.Note is null)
            {
                w.WriteNull("note");
            }
            else
            {
                w.WriteString("note", c.Note);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>The name of a detected column type in the JSON and the printed table: number, integer, boolean, date, datetime or text.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string KindName(ColumnKind kind) => kind switch
    {
        ColumnKind.Number => "number",
        ColumnKind.Integer => "integer",
        ColumnKind.Boolean => "boolean",
        ColumnKind.Date => "date",
        ColumnKind.DateTime => "datetime",
        _ => "text",
    };
}
