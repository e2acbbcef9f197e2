using System.Text;

namespace OutcomesLab.IO.Internal;

/// <summary>
/// Replaces invalid UTF-8 bytes with U+FFFD like the default fallback, but records that it did,
/// so the reader can look for U+FFFD (and report the line) only when the file really is not UTF-8.
/// </summary>
internal sealed class FlaggingDecoderFallback : DecoderFallback
{
    public bool Triggered { get; private set; }

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(FlaggingDecoderFallback owner) : DecoderFallbackBuffer
    {
        private int _remaining;

        public override int Remaining => _remaining;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.Triggered = true;
            _remaining = 1;
            return true;
        }

        public override char GetNextChar()
        {
            if (_remaining == 0)
            {
                return '\0';
            }

            _remaining--;
            return '\uFFFD';
        }

        public override bool MovePrevious()
        {
            if (_remaining == 0)
            {
                _remaining = 1;
                return true;
            }

            return false;
        }

        public override void Reset() => _remaining = 0;
    }
}
