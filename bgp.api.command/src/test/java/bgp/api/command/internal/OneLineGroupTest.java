package bgp.api.command.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bgp.api.command.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code group <command> ; <command> ...}: one batch, one answer; the group's {@code attributes}; errors. */
class OneLineGroupTest {
    final List<String> log = new ArrayList<>();
    final CommandTable table = new CommandTable(work -> {
        log.add("batch start");
        work.run();
        log.add("batch end");
    });

    OneLineGroupTest() {
        table.add(Map.of(Command.NAME, "say", "service.id", 1L), (request, out) -> {
            if (request.arguments().contains("fail")) {
                throw new bgp.api.command.CommandException("it failed");
            }
            log.add("say " + String.join(" ", request.arguments()));
            out.println(String.join(" ", request.arguments()));
        });
        table.add(Map.of(Command.NAME, "announce", "service.id", 2L, Command.NEIGHBOR, true), (request, out) ->
                log.add("announce " + String.join(" ", request.arguments())));
        table.add(Map.of(Command.NAME, "withdraw", "service.id", 3L, Command.NEIGHBOR, true), (request, out) ->
                log.add("withdraw " + String.join(" ", request.arguments())));
    }

    @Test
    void commandsRunInOrderInOneBatchWithOneAnswer() {
        assertEquals(List.of("a", "b c", "done"), table.dispatch(" group  say a ;say   b c "));
        assertEquals(List.of("batch start", "say a", "say b c", "batch end"), log);
    }

    @Test
    void groupAttributesCompleteEachRouteCommand() {
        assertEquals(List.of("x", "done"), table.dispatch("group attributes origin igp next-hop 1.1.1.1 ; "
                + "withdraw route 1.4.0.0/16 rd 65000:1 label 1000 ; announce attributes med 5 nlri 10.0.0.0/8 "
                + "10.1.0.0/16 ; neighbor 127.0.0.2 announce ipv4 unicast 10.2.0.0/16 ; say x"));
        assertEquals(List.of("batch start",
                "withdraw route 1.4.0.0/16 rd 65000:1 label 1000 origin igp next-hop 1.1.1.1",
                "announce attributes med 5 origin igp next-hop 1.1.1.1 nlri 10.0.0.0/8 10.1.0.0/16",
                "announce ipv4 unicast 10.2.0.0/16 origin igp next-hop 1.1.1.1",
                "say x",
                "batch end"), log);
    }

    @Test
    void theFirstFailingCommandEndsTheGroupWithItsReason() {
        assertEquals(List.of("a", "error: group command 2 'say fail': it failed", "error"),
                table.dispatch("group say a ; say fail ; say c"));
        assertEquals(List.of("batch start", "say a", "batch end"), log, "say c does not run");
    }

    @Test
    void malformedGroupsAreRefusedBeforeAnythingRuns() {
        assertEquals(List.of("error: empty command in group (part 2)", "error"), table.dispatch("group say a ; ; say b"));
        assertEquals(List.of("error: empty command in group (part 2)", "error"), table.dispatch("group say a ;"));
        assertEquals(List.of("error: group inside a group (part 2)", "error"),
                table.dispatch("group say a ; group say b"));
        assertEquals(List.of("error: group without a command", "error"), table.dispatch("group attributes med 1"));
        assertEquals(List.of("error: group command 2 'nope x': unknown command: nope", "error"),
                table.dispatch("group say a ; nope x"));
        assertEquals(List.of(), log);
    }

    @Test
    void aOneLineGroupInsideAnOpenGroupIsKeptAndRunsAtGroupEnd() {
        CommandGroup g = new CommandGroup(table, 10);
        List<String> out = new ArrayList<>();
        g.dispatch("group start", out::add);
        g.dispatch("group say a ; say b", out::add);
        assertEquals(List.of("done"), out);
        g.dispatch("group end", out::add);
        assertEquals(List.of("done", "a", "b", "done", "done"), out);
    }
}
