package bgp.codec.internal;

/** Big-endian reads from byte arrays (bounds are the caller's). */
public final class Bytes {
    private Bytes() {
    }

    public static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    public static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) << 8 | b[i + 1] & 0xFF;
    }

    public static int i32(byte[] b, int i) {
        return (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | b[i + 3] & 0xFF;
    }

    public static long u32(byte[] b, int i) {
        return i32(b, i) & 0xFFFFFFFFL;
    }

    public static byte[] u16Bytes(int v) {
        return new byte[] {(byte) (v >>> 8), (byte) v};
    }
}
