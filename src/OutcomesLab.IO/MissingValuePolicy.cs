namespace OutcomesLab.IO;

/// <summary>What happens to rows with a missing value in a column that has a role.</summary>
public enum MissingValuePolicy
{
    /// <summary>Drop the row and report it (R's <c>na.action = na.omit</c>, the default of R model functions).</summary>
    Drop,

    /// <summary>Treat a missing value as an input error (R's <c>na.action = na.fail</c>).</summary>
    Fail,
}
