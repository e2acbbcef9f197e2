using System.Collections.Immutable;
using OutcomesLab.IO;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>The <c>compare</c> analysis: two arms on several outcome domains with the forest plot, exactly as <c>outcomeslab compare</c> (<see cref="CompareComputation"/>).</summary>
internal sealed class CompareAnalysisKind : IReportAnalysisKind
{
    public string Type => "compare";

    public string Summary => "Two arms compared on several outcome domains: natural effect with CI, common standardised d oriented to benefit, p adjusted across outcomes (R p.adjust), forest plot (outcomeslab compare).";

    public ImmutableArray<PlanKey> Keys { get; } =
    [
        .. SectionPlan.TwoArmKeys,
        new("outcomes", "list of outcome objects", "required unless \"outcomes_file\"", "The outcome specification inline, with the schema of 'outcomeslab compare --help' (name, domain, type, direction, column/time/event ...)."),
        CompareKeys.OutcomesFile.PlanKey with { Default = "required unless \"outcomes\"" },
        CompareKeys.Adjust.PlanKey,
        SharedKeys.ConfidenceLevelOf("this analysis"),
    ];

    public string? Publishes => null;

    public IReportAnalysis Parse(ReportAnalysisHeader header, PlanObject keys)
    {
        IReadOnlyList<OutcomeSpec> specs;
        string specSource;
        if (keys.Has("outcomes") == keys.Has("outcomes_file"))
        {
            throw keys.Error("outcomes", "either \"outcomes\" (inline) or \"outcomes_file\"", keys.Has("outcomes") ? "both" : "neither", "Give the outcome specification once: inline as \"outcomes\": [ ... ] or as a file in \"outcomes_file\".");
        }

        try
        {
            if (keys.Has("outcomes"))
            {
                specs = OutcomeSpecFile.ReadOutcomes(keys.Document.File, keys.Element.GetProperty("outcomes"), keys.PathOf("outcomes"));
                specSource = "the analysis plan";
            }
            else
            {
                var file = keys.RequiredString("outcomes_file", "a path to a JSON outcome specification");
                var full = Path.GetFullPath(Path.Combine(keys.Document.DataRoot, file));
                if (!File.Exists(full))
                {
                    throw keys.Error("outcomes_file", "an existing JSON outcome specification (paths are relative to the plan's folder)", $"\"{file}\"", $"No file at {full}. Correct the path.");
                }

                specs = OutcomeSpecFile.Read(full);
                specSource = Path.GetFileName(file);
            }
        }
        catch (InputException ex)
        {
            var key = keys.Has("outcomes") ? "outcomes" : "outcomes_file";
            throw keys.Error(key, "a valid outcome specification (schema in 'outcomeslab compare --help')", null, ex.Message);
        }

        var adjust = CompareKeys.Adjust.Read(keys);
        return new ComparePlanAnalysis(header)
        {
            Arms = SectionPlan.TwoArms(keys),
            Outcomes = [.. specs],
            SpecSource = specSource,
            Adjust = adjust,
            ConfidenceLevel = SharedKeys.ReadConfidenceLevel(keys),
        };
    }
}
