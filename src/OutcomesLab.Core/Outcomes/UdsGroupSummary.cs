namespace OutcomesLab.Outcomes;

/// <summary>Urine-screen outcomes of one group.</summary>
/// <param name="Group">The group label.</param>
/// <param name="N">Patients.</param>
/// <param name="NegativeWeeks">Negative weeks in the window, pooled over patients.</param>
/// <param name="CountedWeeks">Weeks with a result in the window after the missing rule, pooled.</param>
/// <param name="ProportionNegative">NegativeWeeks / CountedWeeks (NaN when none).</param>
/// <param name="MeanPatientProportionNegative">Mean over patients of each patient's proportion (patients without counted weeks left out; NaN when none).</param>
/// <param name="NEverPositive">Patients with a first-positive event.</param>
/// <param name="MedianLongestNegativeRun">Median over patients of the longest run of negative weeks.</param>
/// <param name="NRelapsed">Patients with a relapse event.</param>
/// <param name="NAbstinentFinal">Responders: abstinent in the final weeks.</param>
/// <param name="NDropout">Patients with a study-dropout event.</param>
public sealed record UdsGroupSummary(
    string Group,
    int N,
    int NegativeWeeks,
    int CountedWeeks,
    double ProportionNegative,
    double MeanPatientProportionNegative,
    int NEverPositive,
    double MedianLongestNegativeRun,
    int NRelapsed,
    int NAbstinentFinal,
    int NDropout);
