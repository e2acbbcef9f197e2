using System.Globalization;
using System.Text;
using OutcomesLab.IO;
using OutcomesLab.Plotting;


namespace OutcomesLab.Reporting;

/// <summary>
/// What an analysis sees while a plan runs: the plan's datasets (each CSV read once, with its own
/// CSV options), derived datasets published by earlier analyses, the seed, confidence level,
/// small-cell threshold, figure preset, arm order and labels, and the warning sink.
/// </summary>
internal sealed class ReportContext : IDisposable
{
    private readonly Dictionary<string, CohortTable> _tables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CohortTable> _derived = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DerivedDatasetLabels> _derivedLabels = new(StringComparer.Ordinal);
    private readonly List<string> _inputs = [];
    private string? _scratch;

    public ReportContext(AnalysisPlan plan, ReportWarnings warnings)
    {
        Plan = plan;
        Warnings = warnings;
    }

    /// <summary>The plan being run.</summary>
    public AnalysisPlan Plan { get; }

    /// <summary>The warning sink (each distinct warning printed and listed once).</summary>
    public ReportWarnings Warnings { get; }

    /// <summary>The plan's seed for every random step.</summary>
    public int Seed => Plan.Seed;

    /// <summary>The plan's confidence level.</summary>
    public double ConfidenceLevel => Plan.ConfidenceLevel;

    /// <summary>The plan's small-cell threshold K, or null.</summary>
    public int? SuppressBelow => Plan.SuppressBelow;

    /// <summary>The plan's figure preset (size and dpi).</summary>
    public FigurePreset FigurePreset => Plan.FigurePreset;

    /// <summary>The run's arm styles for figures that name groups by their data level: arm k of the plan's <c>arms</c> takes the k-th colour, line type and marker, with the plan's <c>figures.linetypes</c>.</summary>
    public ArmStyles FigureArms => new() { Order = [.. Plan.Arms.Select(a => a.Value)], LineTypes = Plan.FigureLineTypes };

    /// <summary>The same styles for figures that name groups by their display label (<see cref="ArmLabel"/>).</summary>
    public ArmStyles FigureArmsByLabel => FigureArms with { Order = [.. Plan.Arms.Select(a => ArmLabel(a.Value))] };

    /// <summary>The arm styles for a figure of <paramref name="groups"/>: the plan's arm order when the figure shows any plan arm, else by position (clinics 1 and 2 of another data set start at the first style, not after the plan's arms).</summary>
    public ArmStyles FigureArmsFor(IEnumerable<string> groups) =>
        groups.Any(g => Plan.Arms.Any(a => a.Value == g)) ? FigureArms : FigureArms with { Order = [] };

    /// <summary>The absolute paths of the plan datasets read so far.</summary>
    public IReadOnlyList<string> InputFiles => _inputs;

    /// <summary>The table of a dataset reference: a plan CSV (read on first use) or a derived dataset.</summary>
    public CohortTable Table(PlanDatasetRef dataset)
    {
        if (_derived.TryGetValue(dataset.Name, out var derived))
        {
            return derived;
        }

        if (_tables.TryGetValue(dataset.Name, out var table))
        {
            return table;
        }

        var declared = Declared(dataset)
            ?? throw new PlanException(dataset.Location, "a dataset declared under \"datasets\" or published by an earlier analysis", $"\"{dataset.Name}\"", "Declare the dataset, or move the analysis that publishes it earlier.");
        table = TableFileFormats.ReadTable(declared.FullPath, declared.Format, declared.Options);
        if (declared.Options.TextColumns.FirstOrDefault(c => table.FindColumn(c) is null) is { } missing)
        {
            throw new PlanException(declared.Location, $"columns of {declared.File} in \"text_columns\"", $"\"{missing}\"", $"The columns are: {string.Join(", ", table.Columns.Select(c => c.Name))}. Correct the name or remove it.");
        }

        var labelled = declared.ColumnLabels.Keys.Concat(declared.LevelLabels.Keys).FirstOrDefault(c => table.FindColumn(c) is null);
        if (labelled is not null)
        {
            throw new PlanException(declared.Location, $"columns of {declared.File} in \"labels\" and \"level_labels\"", $"\"{labelled}\"", $"{PlanNames.DidYouMean(labelled, [.. table.Columns.Select(c => c.Name)])}The columns are: {string.Join(", ", table.Columns.Select(c => c.Name))}. Correct the name or remove the label.");
        }

        _inputs.Add(declared.FullPath);
        foreach (var d in table.Diagnostics)
        {
            Warn($"{declared.File}: {d.Message}");
        }

        _tables[dataset.Name] = table;
        return table;
    }

    /// <summary>How methods and captions name a dataset: its plan <c>label</c>, else <c>dataset NAME</c> (also for a dataset an analysis publishes).</summary>
    public string DataText(PlanDatasetRef dataset) =>
        Declared(dataset)?.Label
        ?? (_derivedLabels.TryGetValue(dataset.Name, out var derived) ? derived.Label : null)
        ?? $"dataset {dataset.Name}";

    private PlanDataset? Declared(PlanDatasetRef dataset) => Plan.Datasets.FirstOrDefault(d => d.Name == dataset.Name);

    /// <summary>How methods, captions and tables name a column: its label (dataset key <c>labels</c>, or the label an analysis gives a column it publishes), else its name.</summary>
    public string ColumnText(PlanDatasetRef dataset, string column) =>
        (Declared(dataset)?.ColumnLabels
            ?? (_derivedLabels.TryGetValue(dataset.Name, out var derived) ? derived.Columns : null))
        ?.GetValueOrDefault(column) ?? column;

    /// <summary>How tables and methods name a value of a column: its label (dataset key <c>level_labels</c>), else the value.</summary>
    public string LevelText(PlanDatasetRef dataset, string column, string value) =>
        Declared(dataset)?.LevelLabels.GetValueOrDefault(column)?.GetValueOrDefault(value) ?? value;

    /// <summary>Who the subjects of a dataset are, for the "n:" note of its tables (e.g. "patients dosed on or after their index day"), or null when the dataset does not say.</summary>
    public string? Population(PlanDatasetRef dataset) =>
        _derivedLabels.TryGetValue(dataset.Name, out var derived) ? derived.Population : null;

    /// <summary>The methods sentence a simulated dataset adds to every section that uses it (empty otherwise).</summary>
    public IReadOnlyList<string> DataCaveats(PlanDatasetRef dataset) =>
        Declared(dataset) is { Simulated: true } d
            ? [$"These data ({Path.GetFileName(d.File)}) are simulated: the results illustrate the methods and describe no real patients."]
            : [];

    /// <summary>Records a file the report read besides its datasets (a medication map), for the provenance.</summary>
    public void AddInput(string path)
    {
        if (!_inputs.Contains(path))
        {
            _inputs.Add(path);
        }
    }

    /// <summary>Checks that a plan column exists in a table, naming the plan location, the dataset's columns and the nearest name.</summary>
    public static string Column(CohortTable table, PlanDatasetRef dataset, PlanColumn column)
    {
        if (table.FindColumn(column.Name) is not null)
        {
            return column.Name;
        }

        var names = table.Columns.Select(c => c.Name).ToList();
        throw new PlanException(
            column.Location,
            $"a column of dataset \"{dataset.Name}\"",
            $"\"{column.Name}\"",
            $"{PlanNames.DidYouMean(column.Name, names)}The dataset has the columns: {PlanNames.Quoted(names)}.");
    }

    /// <summary>
    /// Publishes a per-subject derived dataset under the analysis id, for later analyses that name it
    /// as <c>"dataset"</c>. Cells are invariant-culture text (numbers in round-trip form, empty = missing).
    /// </summary>
    /// <param name="analysisId">The publishing analysis, whose id names the dataset.</param>
    /// <param name="columns">The column names.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="labels">How later sections name the dataset, its columns and its subjects.</param>
    public void Publish(string analysisId, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows, DerivedDatasetLabels labels)
    {
        _derivedLabels[analysisId] = labels;
        _scratch ??= Directory.CreateTempSubdirectory("outcomeslab-report-").FullName;
        var path = Path.Combine(_scratch, $"{analysisId}.derived.csv");
        var sb = new StringBuilder();
        sb.AppendJoin(',', columns.Select(CsvCell.Quote)).Append('\n');
        foreach (var row in rows)
        {
            sb.AppendJoin(',', row.Select(CsvCell.Quote)).Append('\n');
        }

        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
        _derived[analysisId] = CohortCsvReader.ReadTable(path, new CsvReadOptions { Delimiter = ',', MissingValues = [""] });
    }

    /// <summary>A count as text, shown as "&lt;K" under the plan's small-cell suppression.</summary>
    public string Count(double count) => SmallCells.Count(count, SuppressBelow);

    /// <summary>Orders group levels: the plan's <c>arms</c> first in their order, then the rest as <see cref="Factor.DefaultOrder"/>.</summary>
    public IReadOnlyList<string> OrderArms(IEnumerable<string> levels)
    {
        var distinct = levels.Distinct(StringComparer.Ordinal).ToList();
        var listed = Plan.Arms.Select(a => a.Value).Where(distinct.Contains).ToList();
        var rest = Factor.DefaultOrder(distinct.Where(l => !listed.Contains(l)));
        return [.. listed, .. rest];
    }

    /// <summary>The display label of a group level (the plan's <c>arms</c> label, or the level).</summary>
    public string ArmLabel(string level) => Plan.Arms.FirstOrDefault(a => a.Value == level)?.Label ?? level;

    /// <summary>Adds a warning (printed and listed once).</summary>
    public void Warn(string message) => Warnings.Add(message);

    /// <summary>Formats a number for a table in invariant culture with <paramref name="digits"/> significant digits.</summary>
    public static string Number(double? value, int digits = 3) => value is null || double.IsNaN(value.Value)
        ? "NA"
        : value.Value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A p-value for running text: "p &lt; 0.0001" or "p = 0.0123".</summary>
    public static string PText(double p) => p < 0.0001 ? "p < 0.0001" : "p = " + p.ToString("0.0000", CultureInfo.InvariantCulture);

    /// <summary>Deletes the scratch folder of derived datasets.</summary>
    public void Dispose()
    {
        if (_scratch is not null && Directory.Exists(_scratch))
        {
            try
            {
                Directory.Delete(_scratch, recursive: true);
            }
            catch (IOException)
            {
                // A leftover file in the temp folder is harmless; the report itself is complete.
            }
        }

        _scratch = null;
    }
}
