package bgp.bench;

import bgp.codec.BgpDecodeException;
import bgp.codec.Family;
import bgp.codec.MessageCodec;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.internal.BuiltinCodecs;
import bgp.codec.internal.nlri.Ipv4PrefixCodec;
import bgp.codec.message.Message;
import bgp.codec.nlri.NlriList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decoding and encoding a realistic UPDATE stream ({@link UpdateStream}: 10,000 UPDATEs, about 4 IPv4 prefixes
 * each). Scores are per UPDATE ({@code decodeUpdate}, {@code encodeUpdate}) and per prefix
 * ({@code decodeIpv4Prefix}: the NLRI codec alone over a field of 1,000 prefixes).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CodecBenchmark {
    static final int UPDATES = 10_000;
    static final int PREFIXES = 1_000;

    MessageCodec codec;
    OpenContext context;
    List<byte[]> stream;
    Message[] decoded;
    WireWriter out;
    byte[] nlriField;
    Ipv4PrefixCodec ipv4;

    @Setup
    public void setup() throws BgpDecodeException {
        codec = BuiltinCodecs.codec();
        context = OpenContext.builder().localAs(65001).peerAs(65000).build();
        stream = UpdateStream.generate(UPDATES, 42);
        decoded = new Message[UPDATES];
        for (int i = 0; i < UPDATES; i++) {
            decoded[i] = codec.decode(stream.get(i), context);
        }
        out = new WireWriter(8192);
        ipv4 = new Ipv4PrefixCodec(Family.IPV4_UNICAST);
        java.io.ByteArrayOutputStream f = new java.io.ByteArrayOutputStream();
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int i = 0; i < PREFIXES; i++) {
            int len = r.nextInt(10) < 7 ? 24 : 16 + r.nextInt(9);
            int addr = r.nextInt();
            f.write(len);
            for (int b = 0; b < (len + 7) / 8; b++) {
                f.write(addr >>> (24 - 8 * b));
            }
        }
        nlriField = f.toByteArray();
        System.out.printf("%n[stream: %d UPDATEs, %d prefixes, %.2f prefixes/UPDATE, %d bytes]%n", UPDATES,
                UpdateStream.prefixes(stream), UpdateStream.prefixes(stream) / (double) UPDATES,
                stream.stream().mapToInt(m -> m.length).sum());
    }

    @Benchmark
    @OperationsPerInvocation(UPDATES)
    public void decodeUpdate(Blackhole bh) throws BgpDecodeException {
        for (byte[] m : stream) {
            bh.consume(codec.decode(m, 0, m.length, context));
        }
    }

    @Benchmark
    @OperationsPerInvocation(UPDATES)
    public void encodeUpdate(Blackhole bh) {
        for (Message m : decoded) {
            out.reset();
            codec.encode(m, context, out);
            bh.consume(out.position());
        }
    }

    @Benchmark
    @OperationsPerInvocation(PREFIXES)
    public NlriList decodeIpv4Prefix() throws BgpDecodeException {
        return ipv4.decode(nlriField, 0, nlriField.length, false);
    }
}
