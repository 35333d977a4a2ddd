package bgp.api.command.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.api.command.CommandException;
import bgp.api.command.CommandRequest;
import bgp.codec.internal.BuiltinCodecs;
import bgp.config.internal.ConfigurationComponent;
import bgp.reactor.internal.BgpReactor;
import bgp.rib.internal.RibFactoryComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reload}: its summary, its errors. */
class ReloadCommandTest {
    @TempDir
    Path dir;
    final BgpReactor reactor = new BgpReactor(BuiltinCodecs.codec(), new RibFactoryComponent(BuiltinCodecs.codec()),
            new BgpReactor.Options(List.of(), 0, 1));

    @AfterEach
    void stop() {
        reactor.close();
    }

    static String neighbor(String address) {
        return "neighbor " + address + " { router-id 10.0.0.1; local-address 127.0.0.1; local-as 1; peer-as 2; "
                + "passive; }\n";
    }

    List<String> reload(ReloadCommand c) throws CommandException {
        List<String> out = new ArrayList<>();
        c.execute(CommandRequest.parse("reload"), out::add);
        return out;
    }

    @Test
    void reloadSaysWhatChangedOrWhatIsWrong() throws Exception {
        ConfigurationComponent config = new ConfigurationComponent(reactor, "");
        ReloadCommand reload = new ReloadCommand(config);
        assertEquals("no configuration file is loaded",
                org.junit.jupiter.api.Assertions.assertThrows(CommandException.class, () -> reload(reload)).getMessage());
        Path f = dir.resolve("speaker.conf");
        Files.writeString(f, neighbor("127.0.0.2"));
        config.load(f);
        Files.writeString(f, neighbor("127.0.0.2") + neighbor("127.0.0.3"));
        assertEquals(List.of("reload: 1 added, 0 removed, 0 restarted, 0 with new routes, 1 unchanged"), reload(reload));
        Files.writeString(f, neighbor("127.0.0.2") + "neighbor 127.0.0.3 { peer-as x; }\n");
        CommandException e = org.junit.jupiter.api.Assertions.assertThrows(CommandException.class, () -> reload(reload));
        assertEquals(true, e.getMessage().startsWith(f + ":2:"), e.getMessage());
        assertEquals(2, reactor.peers().size());
    }
}
