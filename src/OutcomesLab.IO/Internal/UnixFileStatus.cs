using System.Runtime.InteropServices;

namespace OutcomesLab.IO.Internal;

/// <summary>
/// Linux <c>statx(2)</c> without following a final symbolic link: the file type and the (device,
/// inode) pair that identifies a file whatever path or hard link names it. statx is used because its
/// struct layout is the same on every architecture (unlike <c>struct stat</c>); it needs Linux 4.11
/// and glibc 2.28 or musl 1.2.5. Elsewhere (or when the call is unavailable) <see cref="TryGet"/>
/// returns false and callers fall back to what .NET can tell.
/// </summary>
internal static partial class UnixFileStatus
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint StatxIno = 0x100;

    private static bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>Reads the type bits of st_mode (S_IFMT) and the file identity of <paramref name="path"/>.</summary>
    /// <returns>False when the path does not exist, cannot be examined, or statx is not available.</returns>
    public static bool TryGet(string path, out int typeBits, out (ulong Device, ulong Inode) identity)
    {
        typeBits = 0;
        identity = default;
        if (_unavailable)
        {
            return false;
        }

        try
        {
            if (NativeMethods.Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType | StatxIno, out var buffer) != 0)
            {
                return false;
            }

            typeBits = buffer.Mode & 0xF000;
            identity = (((ulong)buffer.DeviceMajor << 32) | buffer.DeviceMinor, buffer.Inode);
            return true;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true;
            return false;
        }
    }

    /// <summary>struct statx (include/uapi/linux/stat.h): 256 bytes, the fields used here at their fixed offsets.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(32)]
        public ulong Inode;

        [FieldOffset(136)]
        public uint DeviceMajor;

        [FieldOffset(140)]
        public uint DeviceMinor;
    }

    private static partial class NativeMethods
    {
        [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static partial int Statx(int directory, string path, int flags, uint mask, out StatxBuffer buffer);
    }
}
