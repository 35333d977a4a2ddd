package bgp.config.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every configuration of ExaBGP's conformance data parses, without error. */
class ConformanceConfigsTest {

    @TestFactory
    List<DynamicTest> everyConfigurationParses() {
        return ConformanceConfigs.all().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                () -> ConformanceConfigs.parse(p.getFileName().toString()))).toList();
    }

    @Test
    void theDataIsThere() {
        List<Path> all = ConformanceConfigs.all();
        assertTrue(all.size() >= 70, "expected the 76 public configurations, found " + all.size());
    }
}
