namespace OutcomesLab.EffectSizes;

/// <summary>Patient-important outcome domains of MOUD research, for grouping a domain comparison.</summary>
public enum OutcomeDomain
{
    /// <summary>Retention in treatment.</summary>
    Retention,

    /// <summary>Illicit opioid use (e.g. UDS-positive weeks).</summary>
    OpioidUse,

    /// <summary>Use of other substances (stimulants, alcohol, benzodiazepines).</summary>
    OtherSubstanceUse,

    /// <summary>Quality of life (e.g. EQ-5D, WHOQOL).</summary>
    QualityOfLife,

    /// <summary>Mental health (depression, anxiety).</summary>
    MentalHealth,

    /// <summary>Social functioning and relationships.</summary>
    Social,

    /// <summary>Housing stability.</summary>
    Housing,

    /// <summary>Employment and income.</summary>
    Employment,

    /// <summary>Criminal-justice involvement.</summary>
    CriminalJustice,

    /// <summary>Mortality (all-cause or overdose).</summary>
    Mortality,

    /// <summary>Attainment of patients' own goals.</summary>
    PatientGoals,

    /// <summary>Any other outcome.</summary>
    Other,
}
