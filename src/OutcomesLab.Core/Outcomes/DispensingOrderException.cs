namespace OutcomesLab.Outcomes;

/// <summary>
/// Thrown by <see cref="DispensingRecords.Create"/> when the records are not grouped by patient
/// with non-decreasing days: the episode builder reads them in one streaming pass, so it needs the
/// order a <c>sort by patient, day</c> produces. <see cref="RowIndex"/> is the first row out of
/// order, so a reader can translate it to a file line.
/// </summary>
public sealed class DispensingOrderException : ArgumentException
{
    /// <summary>Creates the exception without details.</summary>
    public DispensingOrderException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public DispensingOrderException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DispensingOrderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for the first out-of-order row.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="rowIndex">Zero-based index of the first row out of order.</param>
    /// <param name="parameterName">The parameter holding the offending values.</param>
    public DispensingOrderException(string message, int rowIndex, string parameterName)
        : base(message, parameterName)
    {
        RowIndex = rowIndex;
    }

    /// <summary>Zero-based index of the first row out of order (-1 when unknown).</summary>
    public int RowIndex { get; } = -1;
}
