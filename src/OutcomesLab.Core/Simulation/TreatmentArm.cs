namespace OutcomesLab.Simulation;

/// <summary>The three medications for opioid use disorder of the simulated cohort.</summary>
public enum TreatmentArm
{
    /// <summary>Methadone maintenance (full mu-opioid agonist), the reference arm.</summary>
    Methadone,

    /// <summary>Buprenorphine (partial agonist), sublingual.</summary>
    Buprenorphine,

    /// <summary>Extended-release injectable naltrexone (antagonist), 380 mg monthly.</summary>
    XrNaltrexone,
}
