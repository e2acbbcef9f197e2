namespace OutcomesLab.Outcomes;

/// <summary>The standard error of the difference used by the reliable change index.</summary>
public enum ReliableChangeMethod
{
    /// <summary>Jacobson &amp; Truax (1991, J Consult Clin Psychol 59:12–19): S_diff = √2 · SD₁ · √(1 − r).</summary>
    JacobsonTruax,

    /// <summary>Maassen (2004, J Clin Exp Neuropsychol 26:888–893): S_diff = √((SD₁² + SD₂²)(1 − r)), using the follow-up SD too.</summary>
    Maassen,
}
