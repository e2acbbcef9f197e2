namespace OutcomesLab.Survival.Cox;

/// <summary>How tied event times enter the Cox partial likelihood (R <c>coxph(ties = ...)</c>).</summary>
public enum TieMethod
{
    /// <summary>Efron's approximation (Efron 1977, JASA 72:557); R's default <c>ties = "efron"</c>.</summary>
    Efron,

    /// <summary>Breslow's approximation (Breslow 1974, Biometrics 30:89); R's <c>ties = "breslow"</c>.</summary>
    Breslow,
}
