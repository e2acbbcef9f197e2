namespace OutcomesLab.Outcomes;

/// <summary>Jacobson–Truax outcome categories.</summary>
public enum ReliableChangeCategory
{
    /// <summary>Reliable improvement and the follow-up score is past the clinical cut-off.</summary>
    Recovered,

    /// <summary>Reliable improvement without crossing the cut-off (or no cut-off given).</summary>
    Improved,

    /// <summary>|RCI| below the critical value.</summary>
    Unchanged,

    /// <summary>Reliable change in the worse direction.</summary>
    Deteriorated,
}
