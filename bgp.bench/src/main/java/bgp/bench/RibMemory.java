package bgp.bench;

import bgp.codec.MessageCodec;
import bgp.codec.internal.BuiltinCodecs;
import bgp.codec.message.Update;
import bgp.rib.AdjRibIn;
import bgp.rib.internal.RibFactoryComponent;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;

/**
 * The retained heap of an Adj-RIB-In holding a full table ({@link FullTable}), attribute sets included: heap in use
 * (MemoryMXBean) after five {@code System.gc()} with pauses, before and after the table is applied, while the input
 * UPDATEs stay reachable in both measures (so they cancel out). Run:
 * {@code java -Xmx4g -cp bgp.bench/target/benchmarks.jar bgp.bench.RibMemory}.
 */
public final class RibMemory {
    private RibMemory() {
    }

    static long used() throws InterruptedException {
        MemoryMXBean m = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return m.getHeapMemoryUsage().getUsed();
    }

    public static void main(String[] args) throws InterruptedException {
        MessageCodec codec = BuiltinCodecs.codec();
        FullTable table = new FullTable(codec, 42);
        int prefixes = table.prefixes();
        RibFactoryComponent factory = new RibFactoryComponent(codec);
        long before = used();
        AdjRibIn rib = factory.newAdjRibIn();
        for (Update u : table.updates) {
            rib.apply(u);
        }
        long after = used();
        long retained = after - before;
        System.out.printf("Adj-RIB-In: %d routes (%d IPv4, %d IPv6), %d attribute sets%n", rib.size(),
                rib.size(bgp.codec.Family.IPV4_UNICAST), rib.size(bgp.codec.Family.IPV6_UNICAST),
                factory.attributeSets());
        System.out.printf("retained heap: %.1f MB, %.1f bytes per prefix (attribute sets included)%n",
                retained / 1e6, retained / (double) prefixes);
        AdjRibIn second = factory.newAdjRibIn();
        for (Update u : table.updates) {
            second.apply(u);
        }
        long two = used();
        System.out.printf("a second peer with the same table: +%.1f MB, %.1f bytes per prefix%n",
                (two - after) / 1e6, (two - after) / (double) prefixes);
        Reference.reachabilityFence(rib);
        Reference.reachabilityFence(second);
        Reference.reachabilityFence(table);
    }
}
