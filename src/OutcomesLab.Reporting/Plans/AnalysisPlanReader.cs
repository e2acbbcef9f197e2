using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using OutcomesLab.IO;
using OutcomesLab.Plotting;

namespace OutcomesLab.Reporting.Plans;

/// <summary>
/// Reads and validates an analysis plan (JSON with comments and trailing commas allowed). Every
/// problem is a <see cref="PlanException"/> naming file, line, column and JSON path; nothing is run
/// or written before the whole plan is valid. The documented keys of the root, datasets, figures,
/// arms and analyses are the <c>*Keys</c> lists here and each kind's <see cref="IReportAnalysisKind.Keys"/>.
/// </summary>
internal static partial class AnalysisPlanReader
{
    /// <summary>The seed used when the plan gives none.</summary>
    public const int DefaultSeed = 20260101;

    /// <summary>Keys of the top-level object.</summary>
    public static ImmutableArray<PlanKey> RootKeys { get; } =
    [
        new("title", "text", "\"OutcomesLab report\"", "The report title (HTML title and first heading)."),
        new("description", "text", "none", "A paragraph printed under the title."),
        new("seed", "whole number >= 0", "20260101", "Seed of every random step (bootstrap resampling, jitter); recorded in provenance.json."),
        SharedKeys.ConfidenceLevel.PlanKey,
        new("suppress_below", "whole number >= 2", "none", "Small-cell suppression: every count from 1 to K-1 in tables, at-risk rows and figure labels is shown as \"<K\"; in tables with totals (Table 1) further cells are hidden so that none can be recovered by subtraction (complementary suppression). Zero is shown."),
        new("figures", "object", "{}", "Figure size and resolution: see the figures keys."),
        new("datasets", "object: name -> dataset", PlanKey.Required, "The CSV files analyses use, by name: see the dataset keys."),
        new("arms", "list of {value, label}", "[]", "Display order and labels of the arms (group levels); unlisted levels follow in sorted order with their own names."),
        new("checklists", "list of \"strobe\" | \"consort\" | {name, analyses}", "[]", "Reporting guidelines whose checklist the report lists, item by item, with the sections that address it: STROBE (observational cohort studies; von Elm 2007) and/or CONSORT 2010 (randomised trials; Schulz 2010); {\"name\": \"consort\", \"analyses\": [ids]} limits a checklist to the sections of those analyses (a report on a trial and a cohort). Items only the authors can supply (background, limitations, funding) are listed as such."),
        new("analyses", "list of analyses", PlanKey.Required, "The analyses, run and reported in this order: see the analysis kinds."),
    ];

    /// <summary>Keys of each entry of <c>datasets</c>.</summary>
    public static ImmutableArray<PlanKey> DatasetKeys { get; } =
    [
        new("file", "text (path)", PlanKey.Required, "The CSV or Parquet file, relative to the plan file's folder (or absolute). CSV: header row required; UTF-8 with or without BOM. Parquet: column types from its schema."),
        new("format", "\"csv\" | \"parquet\"", "by extension", "How the file is read (CLI --input-format): parquet for a .parquet file, else csv. The CSV keys below (delimiter, decimal_comma, na, date_format, text_columns) are refused for Parquet."),
        new("delimiter", "\",\" | \";\" | \"tab\" | \"|\"", "detected", "Field delimiter (CLI --delimiter); detected among , ; and tab when omitted."),
        new("decimal_comma", "true | false", "false", "Numbers use a decimal comma (12,5), as R read.csv2 (CLI --decimal-comma)."),
        new("na", "list of text", "[\"\", \"NA\", \".\", \"NaN\"]", "Texts that mean missing (R na.strings; CLI --na)."),
        new("date_format", "text (.NET date layout)", "none", "Layout of date columns that are not ISO 8601, e.g. \"dd/MM/yyyy\", \"MM/dd/yyyy\", \"dd.MM.yyyy\", \"yyyyMMdd\", matched exactly (CLI --date-format); yyyy-MM-dd is always recognised, other layouts are never guessed."),
        new("text_columns", "list of column names", "[]", "Columns read as text whatever they hold: drug codes (NDC, ATC), ZIP codes or ids whose leading zeros matter (CLI --text-columns; R colClasses = \"character\")."),
        new("label", "text", "dataset NAME", "How the methods and captions name the data, e.g. \"the simulated cohort\" or \"the CTN-0027 dosing records\"."),
        new("simulated", "true | false", "false", "The data are simulated: every section that uses them says so in its methods (no result describes real patients)."),
        new("labels", "object: column -> text", "{}", "How the methods, captions and Table 1 name the columns, e.g. {\"time_days\": \"time in treatment (days)\", \"event\": \"dropout\"}; unlabelled columns are named as in the file."),
        new("level_labels", "object: column -> {value -> text}", "{}", "How Table 1 and the methods name the values of text or code columns, e.g. {\"sex\": {\"F\": \"female\", \"M\": \"male\"}}; arms are labelled by \"arms\" instead."),
        new("date_origin", "\"none\" | \"excel\"", "\"none\"", "excel: numeric columns used as dates are Excel 1900-system serials (1 = 1900-01-01, 60 refused as Excel's fictitious 1900-02-29; CLI --date-origin)."),
    ];

    /// <summary>Keys of <c>figures</c>.</summary>
    public static ImmutableArray<PlanKey> FigureKeys { get; } =
    [
        new("preset", "\"journal-single\" | \"journal-double\"", "\"journal-double\"", "Figure width: one journal column (85 mm) or two (174 mm)."),
        new("dpi", "whole number 72..2400", "300", "PNG and TIFF resolution in dots per inch (journals ask for 300 or 600)."),
        new("linetypes", "\"varied\" | \"solid\"", "\"varied\"", "varied: arms differ by line type (solid, dashed, dotted, densely dashed) as well as colour and marker in every figure, so they stay apart in greyscale print; solid: every line solid (CLI --linetypes)."),
        new("formats", "list of \"pdf\" | \"eps\" | \"tiff\"", "[]", "Figure files written besides figures/NAME.png and NAME.svg: vector PDF (fonts embedded), vector EPS (Type 42 font) and/or LZW TIFF at the dpi."),
    ];

    /// <summary>Keys of each entry of <c>arms</c>.</summary>
    public static ImmutableArray<PlanKey> ArmKeys { get; } =
    [
        new("value", "text", PlanKey.Required, "The group level as it appears in the data (e.g. \"methadone\")."),
        new("label", "text", "the value", "The name shown in tables and figures (e.g. \"Methadone\")."),
    ];

    /// <summary>Keys every analysis has besides its kind's keys.</summary>
    public static ImmutableArray<PlanKey> AnalysisCommonKeys { get; } =
    [
        new("id", "lower-case letters, digits, hyphens", PlanKey.Required, "Unique id; the section's table and figure files start with it, and a later analysis can use a dataset the analysis publishes as \"dataset\": \"<id>\"."),
        new("type", "a kind below", PlanKey.Required, "The analysis kind."),
        new("title", "text", "the kind's title", "The section heading."),
    ];

    /// <summary>Reads and validates the plan file.</summary>
    /// <param name="file">The plan file as the user named it.</param>
    /// <param name="dataFolder">The folder relative data paths are resolved against, or null for the plan's folder.</param>
    public static AnalysisPlan Read(string file, string? dataFolder = null)
    {
        var full = Path.GetFullPath(file);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PlanException(new PlanLocation(file, 0, 0, ""), "a readable analysis plan (JSON)", null, $"The file could not be read ({ex.Message}). Check the path given to --plan.");
        }

        return Parse(file, full, bytes, dataFolder);
    }

    /// <summary>Validates plan bytes; dataset files are resolved against <paramref name="dataFolder"/>, or by default the folder of <paramref name="fullPath"/>.</summary>
    public static AnalysisPlan Parse(string file, string fullPath, byte[] bytes, string? dataFolder = null)
    {
        var json = PlanPositions.WithoutBom(bytes);
        if (!PlanPositions.IsUtf8(json))
        {
            throw new PlanException(new PlanLocation(file, 0, 0, ""), "UTF-8 text", "bytes that are not UTF-8", "Save the plan as UTF-8.");
        }

        var positions = PlanPositions.Scan(file, json);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw positions.Syntax(ex);
        }

        var document = new PlanDocument(file, fullPath, bytes, doc.RootElement, positions) { DataFolder = dataFolder is null ? null : Path.GetFullPath(dataFolder) };
        if (doc.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new PlanException(positions.Value(""), "a JSON object { \"datasets\": ..., \"analyses\": [...] }", PlanObject.Describe(doc.RootElement), "See docs/analysis-plan.md or run 'outcomeslab plan keys'.");
        }

        var root = document.RootObject();
        root.RejectUnknownKeys(Names(RootKeys));
        var plan = new AnalysisPlan(document, root.OptionalString("title") ?? "OutcomesLab report")
        {
            Description = root.OptionalString("description"),
            Seed = root.OptionalInteger("seed", DefaultSeed, 0),
            ConfidenceLevel = SharedKeys.ConfidenceLevel.Read(root),
            SuppressBelow = root.OptionalIntegerOrNull("suppress_below", 2),
            FigurePreset = Figures(root.OptionalObject("figures")),
            ExtraFigureFormats = FigureFormats(root.OptionalObject("figures")),
            FigureLineTypes = root.OptionalObject("figures")?.Choice("linetypes", ArmLineTypes.Varied, ("varied", ArmLineTypes.Varied), ("solid", ArmLineTypes.Solid)) ?? ArmLineTypes.Varied,
            Datasets = Datasets(root, document),
            Arms = Arms(root),
        };
        var analyses = Analyses(root, document);
        return plan with { Analyses = analyses, Checklists = Checklists(root, [.. analyses.Select(a => a.Id)]) };
    }

    private static FigurePreset Figures(PlanObject? figures)
    {
        if (figures is null)
        {
            return FigurePreset.JournalDouble;
        }

        figures.RejectUnknownKeys(Names(FigureKeys));
        var preset = figures.Choice("preset", FigurePreset.JournalDouble, ("journal-single", FigurePreset.JournalSingle), ("journal-double", FigurePreset.JournalDouble));
        return preset.WithDpi(figures.OptionalInteger("dpi", 300, 72, 2400));
    }

    private static ImmutableArray<PlanChecklist> Checklists(PlanObject root, ImmutableArray<string> analysisIds)
    {
        var result = ImmutableArray.CreateBuilder<PlanChecklist>();
        if (!root.Has("checklists"))
        {
            return [];
        }

        var list = root.Element.GetProperty("checklists");
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw root.Error("checklists", "a list of \"strobe\", \"consort\" or {\"name\", \"analyses\"}", PlanObject.Describe(list), "Write e.g. \"checklists\": [\"strobe\"].");
        }

        var i = 0;
        foreach (var element in list.EnumerateArray())
        {
            var path = PlanPositions.Index(root.PathOf("checklists"), i++);
            var location = root.Document.Positions.Value(path);
            string name;
            var scope = ImmutableArray<string>.Empty;
            if (element.ValueKind == JsonValueKind.Object)
            {
                var entry = new PlanObject(root.Document, element, path);
                entry.RejectUnknownKeys(["name", "analyses"]);
                name = entry.RequiredString("name", "\"strobe\" or \"consort\"");
                scope = entry.StringList("analyses", required: true, minCount: 1);
                foreach (var id in scope.Where(id => !analysisIds.Contains(id)))
                {
                    throw entry.Error("analyses", "ids of analyses of this plan", $"\"{id}\"", $"{PlanNames.DidYouMean(id, analysisIds)}The analyses are {PlanNames.Quoted(analysisIds)}.");
                }
            }
            else if (element.ValueKind == JsonValueKind.String)
            {
                name = element.GetString()!;
            }
            else
            {
                throw new PlanException(location, "\"strobe\", \"consort\" or {\"name\": ..., \"analyses\": [...]}", PlanObject.Describe(element), "Name the checklist, optionally with the analyses it covers.");
            }

            var checklist = ReportingChecklists.All.FirstOrDefault(c => c.Key == name)
                ?? throw new PlanException(location, "\"strobe\" or \"consort\"", $"\"{name}\"", $"{PlanNames.DidYouMean(name, [.. ReportingChecklists.All.Select(c => c.Key)])}STROBE is for observational cohort studies, CONSORT for randomised trials.");
            if (result.Any(c => c.Checklist == checklist))
            {
                throw new PlanException(location, "each checklist once", $"\"{name}\" a second time", "Remove the repeated checklist.");
            }

            result.Add(new PlanChecklist(checklist, scope));
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<FigureFormat> FigureFormats(PlanObject? figures)
    {
        if (figures is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<FigureFormat>();
        foreach (var name in figures.StringList("formats"))
        {
            FigureFormat format = name switch
            {
                "pdf" => FigureFormat.Pdf,
                "eps" => FigureFormat.Eps,
                "tiff" => FigureFormat.Tiff,
                _ => throw figures.Error("formats", "a list of \"pdf\", \"eps\" or \"tiff\"", $"\"{name}\"", "PNG and SVG are always written; list the extra formats, e.g. [\"pdf\", \"tiff\"]."),
            };
            if (!result.Contains(format))
            {
                result.Add(format);
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<PlanDataset> Datasets(PlanObject root, PlanDocument document)
    {
        var result = ImmutableArray.CreateBuilder<PlanDataset>();
        var map = root.ObjectMap("datasets", required: true);
        if (map.IsEmpty)
        {
            throw root.Error("datasets", "at least one dataset, e.g. { \"cohort\": { \"file\": \"cohort.csv\" } }", "an empty object", "Declare the CSV files the analyses use.");
        }

        foreach (var (name, d) in map)
        {
            if (!IdPattern().IsMatch(name) && !NamePattern().IsMatch(name))
            {
                throw new PlanException(document.Positions.Key(d.Path), "a dataset name of letters, digits, '_' or '-'", $"\"{name}\"", "Rename the dataset.");
            }

            d.RejectUnknownKeys(Names(DatasetKeys));
            var file = d.RequiredString("file", "a path to a CSV file");
            var full = Path.GetFullPath(Path.Combine(document.DataRoot, file));
            if (!File.Exists(full))
            {
                throw d.Error("file", "an existing CSV file (paths are relative to the plan's folder)", $"\"{file}\"", $"No file at {full}. Correct the path.");
            }

            var format = TableFileFormats.Resolve(full, d.Choice<TableFileFormat?>("format", null, ("csv", TableFileFormat.Csv), ("parquet", TableFileFormat.Parquet)));
            if (format == TableFileFormat.Parquet && ((string[])["delimiter", "decimal_comma", "na", "date_format", "text_columns"]).FirstOrDefault(d.Has) is { } csvOnly)
            {
                throw d.Error(csvOnly, "no CSV reading key for a Parquet dataset", $"\"{csvOnly}\"", $"{file} is read as Parquet, whose schema gives each column's type and missing values (nulls); remove \"{csvOnly}\", or set \"format\": \"csv\" for a CSV file.");
            }

            var options = new CsvReadOptions
            {
                Delimiter = d.Choice<char?>("delimiter", null, (",", ','), (";", ';'), ("tab", '\t'), ("|", '|')),
                DecimalComma = d.OptionalBool("decimal_comma", false),
                MissingValues = d.Has("na") ? [.. d.StringList("na", allowEmpty: true)] : CsvReadOptions.DefaultMissingValues,
                DateFormat = d.OptionalString("date_format"),
                DateOrigin = d.Choice("date_origin", DateOrigin.None, ("none", DateOrigin.None), ("excel", DateOrigin.Excel)),
                TextColumns = d.Has("text_columns") ? [.. d.StringList("text_columns")] : [],
            };
            document.AddDataset(name);
            result.Add(new PlanDataset(name, file, full, options, d.Location, format)
            {
                Label = d.OptionalString("label"),
                Simulated = d.OptionalBool("simulated", false),
                ColumnLabels = TextMap(d, "labels"),
                LevelLabels = LevelMap(d),
            });
        }

        return result.ToImmutable();
    }

    private static ImmutableDictionary<string, string> TextMap(PlanObject owner, string key)
    {
        var result = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (owner.OptionalObject(key) is { } map)
        {
            foreach (var p in map.Element.EnumerateObject())
            {
                var text = map.RequiredString(p.Name, "a label text");
                if (string.IsNullOrWhiteSpace(text))
                {
                    throw map.Error(p.Name, "a non-empty label", "an empty text", $"Give \"{p.Name}\" a label, or remove it to use the name as in the file.");
                }

                result[p.Name] = text.Trim();
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableDictionary<string, ImmutableDictionary<string, string>> LevelMap(PlanObject dataset)
    {
        var result = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<string, string>>(StringComparer.Ordinal);
        if (dataset.OptionalObject("level_labels") is { } columns)
        {
            foreach (var (column, _) in dataset.ObjectMap("level_labels"))
            {
                result[column] = TextMap(columns, column);
            }
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<PlanArm> Arms(PlanObject root)
    {
        var result = ImmutableArray.CreateBuilder<PlanArm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in root.ObjectList("arms"))
        {
            a.RejectUnknownKeys(Names(ArmKeys));
            var value = a.RequiredString("value", "the group level as in the data");
            if (!seen.Add(value))
            {
                throw a.Error("value", "each arm once", $"\"{value}\" a second time", "Remove the repeated arm.");
            }

            result.Add(new PlanArm(value, a.OptionalString("label") ?? value));
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<IReportAnalysis> Analyses(PlanObject root, PlanDocument document)
    {
        var list = root.ObjectList("analyses", required: true, minCount: 1);
        document.SetAllIds(list.Where(a => a.Has("id") && a.Element.GetProperty("id").ValueKind == JsonValueKind.String).Select(a => a.Element.GetProperty("id").GetString()!));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<IReportAnalysis>(list.Length);
        var types = ReportAnalysisKinds.All.Select(k => k.Type).ToArray();
        foreach (var a in list)
        {
            var id = a.RequiredString("id", "an id of lower-case letters, digits and hyphens");
            if (!IdPattern().IsMatch(id))
            {
                throw a.Error("id", "an id of lower-case letters, digits and single hyphens (e.g. \"km-retention\")", $"\"{id}\"", "Rename the analysis; ids become file names.");
            }

            if (!ids.Add(id))
            {
                throw a.Error("id", "a unique analysis id", $"\"{id}\" a second time", "Give every analysis its own id.");
            }

            if (document.IsFileDataset(id))
            {
                throw a.Error("id", "an id that is not also a dataset name", $"\"{id}\"", "Rename the analysis or the dataset; \"dataset\" references would be ambiguous.");
            }

            if (!a.Has("type"))
            {
                throw a.Error("type", $"the key \"type\" (one of {PlanNames.Quoted(types)})", "no such key", "Add the analysis kind.");
            }

            var type = a.OptionalString("type", "an analysis kind")!;
            var kind = ReportAnalysisKinds.Find(type)
                ?? throw a.Error("type", $"one of {PlanNames.Quoted(types)}", $"\"{type}\"", $"{PlanNames.DidYouMean(type, types)}Run 'outcomeslab plan keys' for every kind and its keys.");
            a.RejectUnknownKeys([.. Names(AnalysisCommonKeys), .. Names(kind.Keys)]);
            var header = new ReportAnalysisHeader(id, type, a.OptionalString("title"), a.Location);
            result.Add(kind.Parse(header, a));
            if (kind.Publishes is not null)
            {
                document.AddDerived(id);
            }
        }

        return result.MoveToImmutable();
    }

    /// <summary>The key names of a key list.</summary>
    public static string[] Names(IEnumerable<PlanKey> keys) => [.. keys.SelectMany(k => k.Aliases.Prepend(k.Name))];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
