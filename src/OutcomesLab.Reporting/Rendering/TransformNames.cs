using OutcomesLab.Survival;

namespace OutcomesLab.Reporting.Rendering;

/// <summary>The R <c>conf.type</c> name of a confidence-interval transform, as printed in tables and methods text.</summary>
internal static class TransformNames
{
    /// <summary>log, log-log, plain, logit or arcsin.</summary>
    public static string Of(CiTransform t) => t switch
    {
        CiTransform.Log => "log",
        CiTransform.LogLog => "log-log",
        CiTransform.Plain => "plain",
        CiTransform.Logit => "logit",
        _ => "arcsin",
    };
}
