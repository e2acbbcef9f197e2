using OutcomesLab.Design;
using OutcomesLab.IO;

namespace OutcomesLab.Cli;

/// <summary>What <see cref="CoxModelOptions.Read"/> returns: the parsed terms, the cohort, the reference levels and the design matrix.</summary>
internal sealed record CoxModelInput(List<string> Terms, CohortData Cohort, Dictionary<string, string> References, DesignMatrix Design);
