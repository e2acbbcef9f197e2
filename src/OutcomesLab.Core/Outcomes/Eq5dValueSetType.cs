namespace OutcomesLab.Outcomes;

/// <summary>The kind of EQ-5D value set, as the columns of the eq5d R package's tables (<c>eq5d(version, type)</c>).</summary>
public enum Eq5dValueSetType
{
    /// <summary>EQ-5D-3L time trade-off value sets (eq5d <c>version = "3L", type = "TTO"</c>; table TTO).</summary>
    ThreeLevelTto,

    /// <summary>EQ-5D-5L EQ-VT value sets (eq5d <c>version = "5L", type = "VT"</c>; table VT).</summary>
    FiveLevelVt,

    /// <summary>The van Hout et al. (2012) crosswalk from EQ-5D-5L states to EQ-5D-3L values (eq5d <c>version = "5L", type = "CW"</c>; table CW).</summary>
    FiveLevelCrosswalk,
}
