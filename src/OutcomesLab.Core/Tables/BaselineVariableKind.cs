namespace OutcomesLab.Tables;

/// <summary>How a Table 1 variable is summarised.</summary>
public enum BaselineVariableKind
{
    /// <summary>Numbers: mean (SD) or, when non-normal, median [Q1, Q3]; tested by ANOVA or Kruskal–Wallis.</summary>
    Continuous,

    /// <summary>Levels: n (%) per level; tested by Pearson's chi-square or Fisher's exact test.</summary>
    Categorical,
}
