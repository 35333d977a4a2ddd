package bgp.bench;

import bgp.codec.Family;
import bgp.codec.MessageCodec;
import bgp.codec.OpenContext;
import bgp.codec.WireWriter;
import bgp.codec.internal.BuiltinCodecs;
import bgp.codec.message.Update;
import bgp.rib.AdjRibIn;
import bgp.rib.AdjRibOut;
import bgp.rib.AttributeSet;
import bgp.rib.internal.RibFactoryComponent;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The RIB over a full table ({@link FullTable}: 1,000,000 IPv4 and 200,000 IPv6 prefixes over 150,000 attribute
 * sets, as decoded UPDATEs):
 * <ul>
 *   <li>{@code adjRibInInsert}: a peer's whole table applied to an empty Adj-RIB-In, every attribute set interned
 *       anew (the first peer's case); score in prefixes per second;
 *   <li>{@code receiveFullTable}: the same from the wire, as a session receives it: each UPDATE decoded by the codec
 *       (4-octet AS, no add-path) and applied; score in prefixes per second;
 *   <li>{@code packFullTable}: an Adj-RIB-Out holding the table comes up and is drained into packed UPDATEs (4096
 *       bytes, 4-octet AS, no add-path) in 1 MiB chunks; score in milliseconds per table.
 * </ul>
 * The retained heap per prefix is measured by {@link RibMemory}.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class RibBenchmark {
    static final int PREFIXES = FullTable.IPV4_PREFIXES + FullTable.IPV6_PREFIXES;

    @State(Scope.Benchmark)
    public static class Table {
        MessageCodec codec;
        FullTable table;
        List<Update> updates;
        /** The context {@link FullTable} encoded its UPDATEs with. */
        final OpenContext context = OpenContext.builder().family(Family.IPV6_UNICAST).build();

        @Setup(Level.Trial)
        public void setup() {
            codec = BuiltinCodecs.codec();
            table = new FullTable(codec, 42);
            updates = table.updates;
            System.out.printf("%n[table: %d UPDATEs, %d prefixes]%n", updates.size(), table.prefixes());
        }
    }

    @State(Scope.Thread)
    public static class In {
        RibFactoryComponent factory;
        AdjRibIn rib;

        @Setup(Level.Trial)
        public void factory(Table t) {
            factory = new RibFactoryComponent(t.codec);
        }

        @Setup(Level.Invocation)
        public void fresh() {
            rib = factory.newAdjRibIn();
        }

        @TearDown(Level.Invocation)
        public void check() {
            if (rib.size() != PREFIXES || factory.attributeSets() != FullTable.IPV4_SETS + FullTable.IPV6_SETS) {
                throw new IllegalStateException(rib.size() + " routes, " + factory.attributeSets() + " sets");
            }
            rib.clear();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(PREFIXES)
    public AdjRibIn adjRibInInsert(Table t, In in) {
        AdjRibIn rib = in.rib;
        for (Update u : t.updates) {
            rib.apply(u);
        }
        return rib;
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(PREFIXES)
    public AdjRibIn receiveFullTable(Table t, In in) throws bgp.codec.BgpDecodeException {
        AdjRibIn rib = in.rib;
        MessageCodec codec = t.codec;
        OpenContext ctx = t.context;
        for (byte[] m : t.table.wire) {
            rib.apply((Update) codec.decode(m, 0, m.length, ctx));
        }
        return rib;
    }

    @State(Scope.Thread)
    public static class Out {
        final OpenContext context = OpenContext.builder().localAs(65000).peerAs(65001)
                .family(Family.IPV6_UNICAST).build();
        final WireWriter writer = new WireWriter(1 << 21);
        AdjRibOut out;
        long bytes;
        int messages;

        @Setup(Level.Trial)
        public void fill(Table t) {
            RibFactoryComponent factory = new RibFactoryComponent(t.codec);
            out = factory.newAdjRibOut();
            FullTable f = t.table;
            AttributeSet[] v4 = new AttributeSet[FullTable.IPV4_SETS];
            for (int s = 0; s < v4.length; s++) {
                v4[s] = factory.attributes(Family.IPV4_UNICAST,
                        bgp.codec.IpAddresses.intToBytes(f.ipv4SetNextHop[s]), f.ipv4SetAttributes.get(s));
            }
            for (int i = 0; i < f.ipv4Prefixes.length; i++) {
                out.announceIpv4(Family.IPV4_UNICAST, f.ipv4Prefixes[i], 0, v4[f.ipv4SetOf[i]]);
            }
            AttributeSet[] v6 = new AttributeSet[FullTable.IPV6_SETS];
            for (int s = 0; s < v6.length; s++) {
                v6[s] = factory.attributes(Family.IPV6_UNICAST, f.ipv6SetNextHop[s], f.ipv6SetAttributes.get(s));
            }
            for (int i = 0; i < f.ipv6High.length; i++) {
                out.announceIpv6(Family.IPV6_UNICAST, f.ipv6High[i], 0, f.ipv6Length[i], 0, v6[f.ipv6SetOf[i]]);
            }
            if (out.size() != PREFIXES) {
                throw new IllegalStateException(out.size() + " routes");
            }
        }

        @Setup(Level.Invocation)
        public void down() {
            out.sessionDown();
            bytes = 0;
        }

        @TearDown(Level.Invocation)
        public void check() {
            if (out.pending() != 0) {
                throw new IllegalStateException(out.pending() + " pending");
            }
        }

        @TearDown(Level.Trial)
        public void report() {
            System.out.printf("%n[full table: %d bytes of UPDATEs]%n", bytes);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long packFullTable(Out o) {
        AdjRibOut out = o.out;
        out.sessionUp();
        boolean done;
        do {
            o.writer.reset();
            done = out.drain(o.context, o.writer, 1 << 20);
            o.bytes += o.writer.position();
        } while (!done);
        return o.bytes;
    }
}
