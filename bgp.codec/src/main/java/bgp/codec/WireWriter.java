package bgp.codec;

import java.util.Arrays;

/**
 * A growable big-endian byte buffer that encoders write into. Reusable: {@link #reset()} keeps the array, so a
 * writer held per session encodes without allocating. Lengths are back-patched with {@link #setShort(int, int)}.
 */
public final class WireWriter {
    private byte[] buf;
    private int pos;

    public WireWriter() {
        this(4096);
    }

    public WireWriter(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    /** Bytes written so far. */
    public int position() {
        return pos;
    }

    /** Forget everything written; keep the storage. */
    public WireWriter reset() {
        pos = 0;
        return this;
    }

    /** Drop what was written after {@code position}. */
    public void truncate(int position) {
        if (position < 0 || position > pos) {
            throw new IndexOutOfBoundsException(position);
        }
        pos = position;
    }

    private void ensure(int extra) {
        int need = pos + extra;
        if (need > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(need, buf.length * 2));
        }
    }

    public WireWriter writeByte(int v) {
        ensure(1);
        buf[pos++] = (byte) v;
        return this;
    }

    public WireWriter writeShort(int v) {
        ensure(2);
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) v;
        return this;
    }

    public WireWriter writeInt(int v) {
        ensure(4);
        buf[pos++] = (byte) (v >>> 24);
        buf[pos++] = (byte) (v >>> 16);
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) v;
        return this;
    }

    public WireWriter writeLong(long v) {
        writeInt((int) (v >>> 32));
        return writeInt((int) v);
    }

    public WireWriter write(byte[] src) {
        return write(src, 0, src.length);
    }

    public WireWriter write(byte[] src, int off, int len) {
        ensure(len);
        System.arraycopy(src, off, buf, pos, len);
        pos += len;
        return this;
    }

    /** Reserve {@code n} zero bytes (to be back-patched) and return their position. */
    public int skip(int n) {
        ensure(n);
        int at = pos;
        Arrays.fill(buf, pos, pos + n, (byte) 0);
        pos += n;
        return at;
    }

    public void setByte(int at, int v) {
        if (at < 0 || at >= pos) {
            throw new IndexOutOfBoundsException(at);
        }
        buf[at] = (byte) v;
    }

    public void setShort(int at, int v) {
        if (at < 0 || at + 2 > pos) {
            throw new IndexOutOfBoundsException(at);
        }
        buf[at] = (byte) (v >>> 8);
        buf[at + 1] = (byte) v;
    }

    /** Insert {@code n} zero bytes at {@code at}, moving what follows. */
    public void insert(int at, int n) {
        if (at < 0 || at > pos || n < 0) {
            throw new IndexOutOfBoundsException(at);
        }
        ensure(n);
        System.arraycopy(buf, at, buf, at + n, pos - at);
        Arrays.fill(buf, at, at + n, (byte) 0);
        pos += n;
    }

    /** The backing array; valid up to {@link #position()} until the next write. */
    public byte[] array() {
        return buf;
    }

    /** A copy of what was written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    /** A copy of bytes {@code from} (inclusive) to the current position. */
    public byte[] copyFrom(int from) {
        return Arrays.copyOfRange(buf, from, pos);
    }
}
