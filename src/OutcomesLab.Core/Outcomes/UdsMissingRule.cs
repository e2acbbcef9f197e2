namespace OutcomesLab.Outcomes;

/// <summary>
/// How a week without a urine sample (<c>o</c> in the use-pattern word) is counted. There is
/// deliberately no default (no member is 0): published abstinence rates differ by tens of points
/// between the rules, and the CTNote library of trial endpoints (Brandt et al., "Standardizing
/// the outcome definitions of MOUD trials", 2024; R package CTNote) records a rule for every
/// endpoint. Most relapse and abstinence endpoints count missing as positive.
/// </summary>
public enum UdsMissingRule
{
    /// <summary>Missing counts as positive (the conservative rule of most MOUD trials, e.g. Hser 2014, Lee 2018).</summary>
    MissingAsPositive = 1,

    /// <summary>Missing stays missing: left out of denominators, and a missing week breaks a run.</summary>
    MissingAsMissing = 2,

    /// <summary>Missing counts as negative (an optimistic bound for sensitivity analyses).</summary>
    MissingAsNegative = 3,
}
