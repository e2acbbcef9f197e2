namespace OutcomesLab.Plotting;

/// <summary>How the probability axis is labelled.</summary>
public enum SurvivalScale
{
    /// <summary>0 to 1.</summary>
    Proportion,

    /// <summary>0% to 100%.</summary>
    Percent,
}
