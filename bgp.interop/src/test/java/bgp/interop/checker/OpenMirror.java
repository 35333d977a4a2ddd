package bgp.interop.checker;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * ExaBGP's test peer answers an OPEN with the same OPEN, only its router-id changed: byte-level, so every capability
 * the speaker offers (families, add-path, asn4, graceful restart, ...) is offered back unchanged and the session
 * negotiates what the speaker asked for. Here also the AS, for eBGP tests ({@code option:asn:N}).
 */
final class OpenMirror {
    private static final int AS_TRANS = 23456;

    private OpenMirror() {
    }

    private record Param(int type, byte[] value) {
    }

    /**
     * @param asn the peer's AS, or -1 to keep the speaker's (iBGP)
     * @param unknownCapability value of a capability 66 to add in its own optional parameter, or null
     * @throws IllegalArgumentException when the OPEN is malformed
     */
    static byte[] mirror(byte[] open, long asn, byte[] unknownCapability) {
        if (open.length < 29) {
            throw new IllegalArgumentException("OPEN too short");
        }
        int optLen = open[28] & 0xFF;
        boolean extended = optLen == 255 && open.length > 29 && (open[29] & 0xFF) == 255;
        List<Param> params = new ArrayList<>();
        int p;
        int end;
        if (extended) {
            if (open.length < 32) {
                throw new IllegalArgumentException("extended optional parameters too short");
            }
            p = 32;
            end = p + ((open[30] & 0xFF) << 8 | (open[31] & 0xFF));
        } else {
            p = 29;
            end = p + optLen;
        }
        if (end != open.length) {
            throw new IllegalArgumentException("optional parameter length does not match the message");
        }
        while (p < end) {
            int type = open[p] & 0xFF;
            int len = extended ? (open[p + 1] & 0xFF) << 8 | (open[p + 2] & 0xFF) : open[p + 1] & 0xFF;
            p += extended ? 3 : 2;
            if (p + len > end) {
                throw new IllegalArgumentException("optional parameter overruns the message");
            }
            byte[] value = java.util.Arrays.copyOfRange(open, p, p + len);
            p += len;
            if (type == 2 && asn >= 0) {
                patchAsn4(value, asn);
            }
            params.add(new Param(type, value));
        }
        if (unknownCapability != null) {
            byte[] cap = new byte[2 + unknownCapability.length];
            cap[0] = 66;
            cap[1] = (byte) unknownCapability.length;
            System.arraycopy(unknownCapability, 0, cap, 2, unknownCapability.length);
            params.add(new Param(2, cap));
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int total = 0;
        for (Param q : params) {
            total += (extended ? 3 : 2) + q.value.length;
        }
        if (!extended && total > 254) {
            extended = true;
            total += params.size();
        }
        body.write(open[19]); // version
        if (asn >= 0) {
            int two = asn > 0xFFFF ? AS_TRANS : (int) asn;
            body.write(two >>> 8);
            body.write(two);
        } else {
            body.write(open[20]);
            body.write(open[21]);
        }
        body.write(open[22]); // hold time
        body.write(open[23]);
        body.write(open[24]); // router-id, last byte + 1
        body.write(open[25]);
        body.write(open[26]);
        body.write((open[27] + 1) & 0xFF);
        if (extended) {
            body.write(255);
            body.write(255);
            body.write(total >>> 8);
            body.write(total);
        } else {
            body.write(total);
        }
        for (Param q : params) {
            body.write(q.type);
            if (extended) {
                body.write(q.value.length >>> 8);
            }
            body.write(q.value.length);
            body.writeBytes(q.value);
        }
        byte[] b = body.toByteArray();
        byte[] m = CheckerPeer.header(19 + b.length, 1);
        System.arraycopy(b, 0, m, 19, b.length);
        return m;
    }

    /** Sets the AS of the 4-octet AS capabilities (code 65) in one capabilities parameter. */
    private static void patchAsn4(byte[] caps, long asn) {
        int p = 0;
        while (p + 2 <= caps.length) {
            int code = caps[p] & 0xFF;
            int len = caps[p + 1] & 0xFF;
            if (code == 65 && len == 4 && p + 6 <= caps.length) {
                caps[p + 2] = (byte) (asn >>> 24);
                caps[p + 3] = (byte) (asn >>> 16);
                caps[p + 4] = (byte) (asn >>> 8);
                caps[p + 5] = (byte) asn;
            }
            p += 2 + len;
        }
    }

    /** The AS an OPEN announces: its 4-octet AS capability, else its 2-octet field. */
    static long asn(byte[] open) {
        long two = (open[20] & 0xFF) << 8 | (open[21] & 0xFF);
        int optLen = open[28] & 0xFF;
        boolean extended = optLen == 255 && open.length > 29 && (open[29] & 0xFF) == 255;
        int p = extended ? 32 : 29;
        while (p < open.length) {
            int type = open[p] & 0xFF;
            int len = extended ? (open[p + 1] & 0xFF) << 8 | (open[p + 2] & 0xFF) : open[p + 1] & 0xFF;
            p += extended ? 3 : 2;
            if (type == 2) {
                int q = p;
                while (q + 2 <= p + len) {
                    if ((open[q] & 0xFF) == 65 && (open[q + 1] & 0xFF) == 4) {
                        return (open[q + 2] & 0xFFL) << 24 | (open[q + 3] & 0xFFL) << 16 | (open[q + 4] & 0xFFL) << 8
                                | (open[q + 5] & 0xFFL);
                    }
                    q += 2 + (open[q + 1] & 0xFF);
                }
            }
            p += len;
        }
        return two;
    }
}
