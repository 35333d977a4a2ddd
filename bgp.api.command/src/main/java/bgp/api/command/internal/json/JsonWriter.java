package bgp.api.command.internal.json;

/**
 * A small streaming JSON writer into a {@link StringBuilder}: compact output (no spaces), keys in the order they
 * are written, commas placed automatically. No intermediate objects: numbers and IPv4 addresses are appended
 * digit by digit. Not thread-safe; one writer per document (reusable after {@link #reset}).
 */
public final class JsonWriter {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final int MAX_DEPTH = 63;

    private final StringBuilder out;
    /** Bit {@code d} set: the container at depth {@code d} has no element yet. */
    private long empty;
    private int depth;
    private boolean afterKey;

    public JsonWriter(StringBuilder out) {
        this.out = out;
    }

    public StringBuilder out() {
        return out;
    }

    /** Forget the nesting state (the builder is left as it is). */
    public JsonWriter reset() {
        empty = 0;
        depth = 0;
        afterKey = false;
        return this;
    }

    private void beforeValue() {
        if (afterKey) {
            afterKey = false;
            return;
        }
        separator();
    }

    private void separator() {
        if (depth == 0) {
            return;
        }
        long bit = 1L << depth;
        if ((empty & bit) != 0) {
            empty &= ~bit;
        } else {
            out.append(',');
        }
    }

    private void push() {
        if (depth == MAX_DEPTH) {
            throw new IllegalStateException("JSON nested too deeply");
        }
        depth++;
        empty |= 1L << depth;
    }

    private void pop() {
        if (depth == 0) {
            throw new IllegalStateException("no open JSON container");
        }
        empty &= ~(1L << depth);
        depth--;
    }

    public JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        push();
        return this;
    }

    public JsonWriter endObject() {
        pop();
        out.append('}');
        return this;
    }

    public JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        push();
        return this;
    }

    public JsonWriter endArray() {
        pop();
        out.append(']');
        return this;
    }

    /** An object key; the next value written is its value. */
    public JsonWriter key(String name) {
        separator();
        appendString(name);
        out.append(':');
        afterKey = true;
        return this;
    }

    /** An object key that is an IPv4 address in dotted-quad form. */
    public JsonWriter keyIpv4(int address) {
        separator();
        out.append('"');
        appendIpv4(out, address);
        out.append("\":");
        afterKey = true;
        return this;
    }

    public JsonWriter value(String s) {
        beforeValue();
        if (s == null) {
            out.append("null");
        } else {
            appendString(s);
        }
        return this;
    }

    public JsonWriter value(long v) {
        beforeValue();
        out.append(v);
        return this;
    }

    /** An unsigned 32-bit number held in an {@code int}. */
    public JsonWriter unsigned(int v) {
        beforeValue();
        out.append(v & 0xFFFFFFFFL);
        return this;
    }

    public JsonWriter value(boolean v) {
        beforeValue();
        out.append(v);
        return this;
    }

    public JsonWriter nullValue() {
        beforeValue();
        out.append("null");
        return this;
    }

    /** A value written as is (a number or literal the caller formatted). */
    public JsonWriter raw(CharSequence json) {
        beforeValue();
        out.append(json);
        return this;
    }

    /** An IPv4 address as a dotted-quad string, without allocating. */
    public JsonWriter ipv4(int address) {
        beforeValue();
        out.append('"');
        appendIpv4(out, address);
        out.append('"');
        return this;
    }

    /** {@code "0x"} and the bytes in upper-case hex, as a string. */
    public JsonWriter hex(byte[] b, int off, int len, boolean upper) {
        beforeValue();
        out.append('"').append("0x");
        for (int i = off; i < off + len; i++) {
            int v = b[i] & 0xFF;
            char hi = HEX[v >>> 4];
            char lo = HEX[v & 0xF];
            out.append(upper ? hi : Character.toLowerCase(hi)).append(upper ? lo : Character.toLowerCase(lo));
        }
        out.append('"');
        return this;
    }

    public static void appendIpv4(StringBuilder sb, int a) {
        sb.append(a >>> 24).append('.').append((a >>> 16) & 0xFF).append('.').append((a >>> 8) & 0xFF).append('.')
                .append(a & 0xFF);
    }

    private void appendString(String s) {
        out.append('"');
        int n = s.length();
        int first = 0;
        while (first < n) {
            char c = s.charAt(first);
            if (c < 0x20 || c == '"' || c == '\\') {
                break;
            }
            first++;
        }
        if (first == n) { // nothing to escape: the usual case
            out.append(s).append('"');
            return;
        }
        int start = 0;
        for (int i = first; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(s, start, i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append("\\u00").append(HEX[c >>> 4]).append(HEX[c & 0xF]);
            }
            start = i + 1;
        }
        out.append(s, start, n);
        out.append('"');
    }
}
