using System.Text.Json;

namespace OutcomesLab.Reporting.Plans;

/// <summary>
/// A parsed plan file: its bytes, the JSON tree, the positions of every key and value, and the
/// names a <c>"dataset"</c> key may refer to so far (the plan's datasets, then the ids of earlier
/// analyses that publish a derived per-subject dataset).
/// </summary>
internal sealed class PlanDocument
{
    private readonly HashSet<string> _datasets = new(StringComparer.Ordinal);
    private readonly List<string> _derived = [];
    private readonly HashSet<string> _laterIds = new(StringComparer.Ordinal);

    public PlanDocument(string file, string fullPath, byte[] bytes, JsonElement root, PlanPositions positions)
    {
        File = file;
        FullPath = fullPath;
        Bytes = bytes;
        Root = root;
        Positions = positions;
    }

    /// <summary>The plan file as the user named it (used in messages).</summary>
    public string File { get; }

    /// <summary>The plan file's absolute path.</summary>
    public string FullPath { get; }

    /// <summary>The folder against which dataset file paths are resolved.</summary>
    public string Folder => Path.GetDirectoryName(FullPath)!;

    /// <summary>The folder relative data paths resolve against when it is not the plan's folder (<see cref="AnalysisPlan.Load(string, string?)"/>), or null.</summary>
    public string? DataFolder { get; init; }

    /// <summary>The folder relative data paths (<c>"file"</c>, <c>"outcomes_file"</c>) resolve against.</summary>
    public string DataRoot => DataFolder ?? Folder;

    /// <summary>The file's bytes as read (for the SHA-256 and the copy in provenance.json).</summary>
    public byte[] Bytes { get; }

    /// <summary>The root JSON value.</summary>
    public JsonElement Root { get; }

    /// <summary>Positions of keys and values by JSON path.</summary>
    public PlanPositions Positions { get; }

    /// <summary>Declares a dataset of the plan's <c>datasets</c> object.</summary>
    public void AddDataset(string name) => _datasets.Add(name);

    /// <summary>Declares that the analysis <paramref name="id"/> (already parsed) publishes a derived dataset.</summary>
    public void AddDerived(string id) => _derived.Add(id);

    /// <summary>Declares the ids of all analyses of the plan (to explain a reference to a later one).</summary>
    public void SetAllIds(IEnumerable<string> ids) => _laterIds.UnionWith(ids);

    /// <summary>Whether <paramref name="name"/> is a plan dataset or a derived dataset of an earlier analysis.</summary>
    public bool IsKnownDataset(string name) => _datasets.Contains(name) || _derived.Contains(name);

    /// <summary>Whether <paramref name="name"/> is a plan dataset (rather than derived).</summary>
    public bool IsFileDataset(string name) => _datasets.Contains(name);

    /// <summary>Whether <paramref name="name"/> is the id of some analysis of the plan.</summary>
    public bool IsAnalysisId(string name) => _laterIds.Contains(name);

    /// <summary>The names a dataset reference may use at this point, in declaration order.</summary>
    public IEnumerable<string> KnownDatasets => _datasets.Order(StringComparer.Ordinal).Concat(_derived);

    /// <summary>A view of the root object.</summary>
    public PlanObject RootObject() => new(this, Root, "");
}
