using System.Security.Cryptography;

namespace OutcomesLab.IO;

/// <summary>Hashes input files for the provenance record of every output (DESIGN.md principle 8).</summary>
public static class FileHash
{
    /// <summary>Computes the SHA-256 of a file's bytes, reading it shared and read-only.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The digest as 64 lowercase hexadecimal characters (as <c>sha256sum</c> prints it).</returns>
    /// <exception cref="InputException">The file does not exist or cannot be read.</exception>
    public static string Sha256(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(new InputProblem(path, null, null, "a readable file", null, $"The file could not be read: {ex.Message}"), ex);
        }
    }
}
