namespace OutcomesLab.Outcomes;

/// <summary>How a scale combines its (recoded) item responses.</summary>
public enum ScaleAggregation
{
    /// <summary>Mean of the answered items (equivalent to substituting the mean of the answered items for the missing ones).</summary>
    Mean,

    /// <summary>Sum of the items; with missing items the sum of the answered items is prorated to the full item count (mean × number of items).</summary>
    Sum,
}
