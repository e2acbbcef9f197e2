using System.Buffers;

namespace OutcomesLab.Internal;

/// <summary>
/// A temporary work array of exactly <see cref="Length"/> usable elements rented from
/// <see cref="ArrayPool{T}.Shared"/>. Large fresh arrays are expensive mostly through first-touch
/// page faults, so kernels that need n-sized scratch space per call rent it instead.
/// </summary>
/// <typeparam name="T">Element type.</typeparam>
internal readonly struct PooledArray<T> : IDisposable
    where T : unmanaged
{
    private readonly T[] array;

    private PooledArray(T[] array, int length)
    {
        this.array = array;
        Length = length;
    }

    /// <summary>Number of usable elements.</summary>
    public int Length { get; }

    /// <summary>The usable elements.</summary>
    public Span<T> Span => array.AsSpan(0, Length);

    /// <summary>The rented array (may be longer than <see cref="Length"/>).</summary>
    public T[] Array => array;

    /// <summary>Rents an array; its contents are unspecified unless <paramref name="clear"/>.</summary>
    /// <param name="length">Number of elements needed.</param>
    /// <param name="clear">Whether to zero the usable elements.</param>
    /// <returns>The rented array.</returns>
    public static PooledArray<T> Rent(int length, bool clear = false)
    {
        var a = ArrayPool<T>.Shared.Rent(length);

        // A newly made pool array is untouched, so the hint takes effect; a reused one is unaffected.
        LargeArrays.Advise(a);
        if (clear)
        {
            a.AsSpan(0, length).Clear();
        }

        return new PooledArray<T>(a, length);
    }

    /// <summary>Returns the array to the pool.</summary>
    public void Dispose() => ArrayPool<T>.Shared.Return(array);
}
