package bgp.reactor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bgp.codec.Family;
import bgp.codec.Hex;
import bgp.codec.capability.ExtendedMessageCapability;
import bgp.codec.capability.FourOctetAsCapability;
import bgp.codec.capability.MultiprotocolCapability;
import bgp.codec.internal.BuiltinCodecs;
import bgp.codec.message.Keepalive;
import bgp.codec.message.Notification;
import bgp.codec.message.Open;
import bgp.codec.message.Update;
import bgp.reactor.Neighbor;
import bgp.reactor.Peer;
import bgp.reactor.PeerEvent;
import bgp.reactor.PeerState;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The session state machine against a peer played byte by byte over real TCP on 127.x addresses: the OPEN we
 * send, the checks on the OPEN we receive, timers, collisions, errors answered with the right NOTIFICATION.
 */
class SessionTest {
    static final String MARKER = "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF";
    BgpReactor reactor;
    String local;
    final List<PeerEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        local = ScriptedPeer.freeLoopbackAddress();
        reactor = new BgpReactor(BuiltinCodecs.codec(), new bgp.rib.internal.RibFactoryComponent(BuiltinCodecs.codec()), new BgpReactor.Options(List.of(local), 0, 2));
        reactor.addListener(events::add);
    }

    @AfterEach
    void stop() {
        reactor.close();
    }

    int listenPort() {
        String l = reactor.listening().get(0);
        return Integer.parseInt(l.substring(l.lastIndexOf(':') + 1));
    }

    Neighbor.Builder neighbor(ScriptedPeer p) {
        return Neighbor.builder(p.address).localAddress(local).localAs(65000).peerAs(65001).routerId("10.0.0.1")
                .port(p.port());
    }

    static Open peerOpen(long asn, int hold, String id, Family... families) {
        List<bgp.codec.capability.Capability> caps = new java.util.ArrayList<>();
        for (Family f : families) {
            caps.add(new MultiprotocolCapability(f));
        }
        caps.add(new FourOctetAsCapability(asn));
        caps.add(ExtendedMessageCapability.INSTANCE);
        return Open.of(asn, hold, bgp.codec.IpAddresses.parseIpv4(id), caps);
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    /** Play the peer's side up to Established; returns after our KEEPALIVE went out. */
    Peer establish(ScriptedPeer p, Neighbor n) throws Exception {
        Peer peer = reactor.addPeer(n);
        p.accept();
        assertInstanceOf(Open.class, p.receive());
        p.send(peerOpen(65001, 90, "10.0.0.2", Family.IPV4_UNICAST));
        assertInstanceOf(Keepalive.class, p.receive());
        p.send(Keepalive.INSTANCE);
        await("established", () -> peer.state() == PeerState.ESTABLISHED);
        Update eor = assertInstanceOf(Update.class, p.receiveSkippingKeepalives());
        assertEquals(java.util.Optional.of(Family.IPV4_UNICAST), eor.endOfRib());
        return peer;
    }

    @Test
    void routesAnnouncedTogetherShareOneUpdate() throws Exception {
        try (ScriptedPeer p = ScriptedPeer.listening()) {
            Peer peer = establish(p, neighbor(p).build());
            List<bgp.rib.Route> routes = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                routes.add(bgp.rib.Route.of(bgp.codec.nlri.IpPrefix.parse("10.7." + i + ".0/24", 0), "192.0.2.1",
                        List.of(bgp.codec.attribute.Origin.IGP)));
            }
            peer.announce(routes);
            Update u = assertInstanceOf(Update.class, p.receiveSkippingKeepalives());
            assertEquals(50, u.nlri().size(), "the 50 routes of one call in one UPDATE");
        }
    }

    @Test
    void sendsExabgpsOpenThenEstablishesAndSendsEndOfRib() throws Exception {
        try (ScriptedPeer p = ScriptedPeer.listening()) {
            Peer peer = reactor.addPeer(neighbor(p).build());
            p.accept();
            assertEquals(MARKER + "003101" + "04FDE800B40A00000114" + "0206010400010001" + "020641040000FDE8"
                    + "02020600", Hex.encode(p.receiveRaw()));
            p.send(peerOpen(65001, 90, "10.0.0.2", Family.IPV4_UNICAST));
            assertEquals(MARKER + "001304", Hex.encode(p.receiveRaw()));
            p.send(Keepalive.INSTANCE);
            // End-of-RIB for IPv4 unicast: an empty UPDATE
            assertEquals(MARKER + "00170200000000", Hex.encode(p.receiveRaw()));
            assertEquals(PeerState.ESTABLISHED, peer.state());
            assertEquals(90, peer.context().orElseThrow().holdTime());
            assertEquals(local, peer.sessionLocalAddress().orElseThrow());
            await("the up event", () -> events.stream().anyMatch(e -> e instanceof PeerEvent.StateChanged s
                    && s.exabgpState().equals("up")));
        }
    }

    /**
     * A configuration's routes are handed while its peer is added, before the session may start: the peer gets them
     * ahead of the first End-of-RIB however the threads are scheduled (an RFC 4724 peer takes End-of-RIB as "the
     * table is complete").
     */
    @Test
    void routesHandedWhileAddingAPeerComeBeforeItsFirstEndOfRib() throws Exception {
        try (ScriptedPeer p = ScriptedPeer.listening()) {
            Neighbor n = neighbor(p).build();
            Peer peer = reactor.addPeer(n, added -> {
                added.announce(bgp.rib.Route.of(bgp.codec.nlri.IpPrefix.parse("10.9.0.0/16", 0), "192.0.2.1",
                        List.of(bgp.codec.attribute.Origin.IGP)));
                assertTrue(reactor.peer(n.peerAddress()).isEmpty(), "not listed while being prepared");
                try {
                    p.server().setSoTimeout(300);
                    p.server().accept().close();
                    throw new AssertionError("the session started before its routes were handed");
                } catch (java.net.SocketTimeoutException expected) {
                    // no connection attempt yet
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            p.accept();
            assertInstanceOf(Open.class, p.receive());
            p.send(peerOpen(65001, 90, "10.0.0.2", Family.IPV4_UNICAST));
            assertInstanceOf(Keepalive.class, p.receive());
            p.send(Keepalive.INSTANCE);
            Update first = assertInstanceOf(Update.class, p.receiveSkippingKeepalives());
            assertEquals("ipv4 unicast [10.9.0.0/16]", first.nlri().toString());
            Update eor = assertInstanceOf(Update.class, p.receiveSkippingKeepalives());
            assertEquals(java.util.Optional.of(Family.IPV4_UNICAST), eor.endOfRib());
            assertEquals(PeerState.ESTABLISHED, peer.state());
        }
    }

    /** A removed peer's Adj-RIB-Out gives its attribute sets back to the factory shared by every peer. */
    @Test
    void removingAPeerFreesTheAttributeSetsOfItsRoutes() throws Exception {
        bgp.rib.internal.RibFactoryComponent factory = new bgp.rib.internal.RibFactoryComponent(BuiltinCodecs.codec());
        try (BgpReactor own = new BgpReactor(BuiltinCodecs.codec(), factory,
                new BgpReactor.Options(List.of(local), 0, 1))) {
            String address = ScriptedPeer.freeLoopbackAddress();
            Peer peer = own.addPeer(Neighbor.builder(address).localAddress(local).localAs(65000).peerAs(65001)
                    .routerId("10.0.0.1").passive(true).build());
            for (int i = 0; i < 3; i++) {
                peer.announce(bgp.rib.Route.of(bgp.codec.nlri.IpPrefix.parse("10.8." + i + ".0/24", 0), "192.0.2.1",
                        List.of(bgp.codec.attribute.Origin.IGP, new bgp.codec.attribute.Med(i))));
            }
            await("three sets", () -> factory.attributeSets() == 3);
            own.removePeerAsync(address).await(10, java.util.concurrent.TimeUnit.SECONDS);
            await("no set left", () -> factory.attributeSets() == 0);
            // commands racing the removal (given the removed peer) put nothing back in the RIBs it freed
            peer.announce(bgp.rib.Route.of(bgp.codec.nlri.IpPrefix.parse("10.8.9.0/24", 0), "192.0.2.1",
                    List.of(bgp.codec.attribute.Origin.IGP, new bgp.codec.attribute.Med(9))));
            own.batch(() -> peer.announce(bgp.rib.Route.of(bgp.codec.nlri.IpPrefix.parse("10.8.10.0/24", 0),
                    "192.0.2.1", List.of(bgp.codec.attribute.Origin.IGP, new bgp.codec.attribute.Med(10)))));
            peer.announce(List.of(bgp.rib.Route.of(bgp.codec.nlri.IpPrefix.parse("10.8.11.0/24", 0), "192.0.2.1",
                    List.of(bgp.codec.attribute.Origin.IGP, new bgp.codec.attribute.Med(11)))));
            List<String> out = new java.util.ArrayList<>();
            peer.visitAdjRibOut((nlri, set) -> out.add(nlri.toString())); // runs on the loop after those tasks
            assertEquals(List.of(), out);
            assertEquals(0, factory.attributeSets());
        }
    }

    @Test
    void aPeerWhosePreparationFailsIsNotAddedAndKeepsNothing() throws Exception {
        bgp.rib.internal.RibFactoryComponent factory = new bgp.rib.internal.RibFactoryComponent(BuiltinCodecs.codec());
        try (BgpReactor own = new BgpReactor(BuiltinCodecs.codec(), factory,
                new BgpReactor.Options(List.of(local), 0, 1))) {
            Neighbor n = Neighbor.builder("127.0.0.1").localAddress(local).localAs(65000).peerAs(65001)
                    .routerId("10.0.0.1").passive(true).build();
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> own.addPeer(n, added -> {
                        added.announce(bgp.rib.Route.of(bgp.codec.nlri.IpPrefix.parse("10.9.0.0/16", 0),
                                "192.0.2.1", List.of(bgp.codec.attribute.Origin.IGP)));
                        throw new IllegalStateException("no routes");
                    }));
            assertEquals("no routes", e.getMessage());
            assertTrue(own.peers().isEmpty());
            await("the route's set freed", () -> factory.attributeSets() == 0);
            own.addPeer(n); // the address is free
            assertEquals(1, own.peers().size());
        }
    }

    @Test
    void manualEorSendsEndOfRibOnlyWhenAsked() throws Exception {
        try (ScriptedPeer p = ScriptedPeer.listening()) {
            Peer peer = reactor.addPeer(neighbor(p).manualEor(true).build());
            p.accept();
            assertInstanceOf(Open.class, p.receive());
            p.send(peerOpen(65001, 90, "10.0.0.2", Family.IPV4_UNICAST));
            assertInstanceOf(Keepalive.class, p.receive());
            p.send(Keepalive.INSTANCE);
            await("established", () -> peer.state() == PeerState.ESTABLISHED);
            peer.announce(bgp.rib.Route.of(bgp.codec.nlri.IpPrefix.parse("10.9.0.0/24", 0), "192.0.2.1",
                    List.of(bgp.codec.attribute.Origin.IGP)));
            // the route first: no End-of-RIB went out before it
            Update u = assertInstanceOf(Update.class, p.receiveSkippingKeepalives());
            assertEquals(java.util.Optional.empty(), u.endOfRib());
            assertEquals(1, u.nlri().size());
            assertEquals("10.9.0.0/24", u.nlri().get(0).toString());
            peer.sendEndOfRib(Family.IPV4_UNICAST);
            Update eor = assertInstanceOf(Update.class, p.receiveSkippingKeepalives());
            assertEquals(java.util.Optional.of(Family.IPV4_UNICAST), eor.endOfRib());
        }
    }

    @Test
    void wrongPeerAsIsBadPeerAs() throws Exception {
        try (ScriptedPeer p = ScriptedPeer.listening()) {
            reactor.addPeer(neighbor(p).build());
            p.accept().receive();
            p.send(peerOpen(65002, 90, "10.0.0.2", Family.IPV4_UNICAST));
            p.expectNotification(2, 2, "");
        }
    }

    @Test
    void unsupportedVersionIsAnsweredWithOurs() throws Exception {
        try (ScriptedPeer p = ScriptedPeer.listening()) {
            reactor.addPeer(neighbor(p).build());
            p.accept().receive();
            p.sendHex(MARKER + "001D01" + "03FDE900B40A00000200");
            p.expectNotification(2, 1, "0004");
        }
    }

    @Test
    void holdTimeOfTwoSecondsIsUnacceptable() throws Exception {
        try (ScriptedPeer p = ScriptedPeer.listening()) {
            reactor.addPeer(neighbor(p).build());
            p.accept().receive();
            p.sendHex(MARKER + "001D01" + "04FDE900020A00000200");
            p.expectNotification(2, 6, "");
        }
    }

    @Test
    void ourOwnIdentifierOnAnInternalSessionIsBadBgpIdentifier() throws Exception {
        try (ScriptedPeer p = ScriptedPeer.listening()) {
            reactor.addPeer(neighbor(p).peerAs(65000).build());
            p.accept().receive();
            p.send(peerOpen(65000, 90, "10.0.0.1", Family.IPV4_UNICAST));
            p.expectNotification(2, 3, "");
        }
    }

    @Test
    void noFamilyInCommonIsUnsupportedCapabilityWithOurs() throws Exception {
        try (ScriptedPeer p = ScriptedPeer.listening()) {
            reactor.addPeer(neighbor(p).build());
            p.accept().receive();
            p.send(peerOpen(65001, 90, "10.0.0.2", Family.IPV6_UNICAST));
            p.expectNotification(2, 7, "010400010001");
        }
    }

    @Test
    void holdTimerExpiryIsNotifiedAfterTheNegotiatedTime() throws Exception {
        try (ScriptedPeer p = ScriptedPeer.listening()) {
            reactor.addPeer(neighbor(p).holdTime(3).build());
            p.accept().receive();
            p.send(peerOpen(65001, 3, "10.0.0.2", Family.IPV4_UNICAST));
            long t0 = System.nanoTime();
            // we keep silent: the speaker's keepalives (every second) come, then the hold timer fires
            p.expectNotification(4, 0, "");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms >= 2_500 && ms < 6_000, "hold timer fired after " + ms + " ms");
        }
    }

    @Test
    void everyMessageRestartsTheHoldTimer() throws Exception {
        try (ScriptedPeer p = ScriptedPeer.listening()) {
            Peer peer = reactor.addPeer(neighbor(p).holdTime(3).build());
            p.accept().receive();
            p.send(peerOpen(65001, 3, "10.0.0.2", Family.IPV4_UNICAST));
            p.send(Keepalive.INSTANCE);
            await("established", () -> peer.state() == PeerState.ESTABLISHED);
            assertEquals(java.util.Optional.of(Family.IPV4_UNICAST),
                    assertInstanceOf(Update.class, p.receiveSkippingKeepalives()).endOfRib());
            // a message every second for five seconds, more than the hold time: the session stays up
            for (int i = 0; i < 5; i++) {
                Thread.sleep(1_000);
                p.send(i % 2 == 0 ? Keepalive.INSTANCE : Update.endOfRib(Family.IPV4_UNICAST));
            }
            assertEquals(PeerState.ESTABLISHED, peer.state());
            long t0 = System.nanoTime();
            // then silence: the hold time after the last message
            p.expectNotification(4, 0, "");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms >= 2_500 && ms < 4_500, "hold timer fired " + ms + " ms after the last message");
        }
    }

    @Test
    void anUpdateBeforeEstablishedIsAnFsmError() throws Exception {
        try (ScriptedPeer p = ScriptedPeer.listening()) {
            reactor.addPeer(neighbor(p).build());
            p.accept().receive();
            p.send(Update.endOfRib(Family.IPV4_UNICAST));
            p.expectNotification(5, 1, "");
        }
    }

    @Test
    void anOpenInOpenConfirmIsAnFsmError() throws Exception {
        try (ScriptedPeer p = ScriptedPeer.listening()) {
            reactor.addPeer(neighbor(p).build());
            p.accept().receive();
            p.send(peerOpen(65001, 90, "10.0.0.2", Family.IPV4_UNICAST));
            p.receive();
            p.send(peerOpen(65001, 90, "10.0.0.2", Family.IPV4_UNICAST));
            p.expectNotification(5, 2, "");
        }
    }

    @Test
    void aMalformedUpdateCostsTheSessionWithTheExactNotification() throws Exception {
        try (ScriptedPeer p = ScriptedPeer.listening()) {
            Peer peer = establish(p, neighbor(p).build());
            // withdrawn routes length 5 overruns the message: Malformed Attribute List
            p.sendHex(MARKER + "001802" + "0005" + "180A00");
            p.expectNotification(3, 1, "");
            await("down", () -> peer.state() != PeerState.ESTABLISHED);
        }
    }

    @Test
    void moreRoutesThanTheMaximumCeaseTheSessionWithTheRfc4486Data() throws Exception {
        try (ScriptedPeer p = ScriptedPeer.listening()) {
            Peer peer = establish(p, neighbor(p).maxPrefixes(2).build());
            // ORIGIN igp, AS_PATH [65001], NEXT_HOP 192.0.2.1; three /24s
            p.sendHex(MARKER + "003702" + "0000" + "0014" + "40010100" + "40020602010000FDE9" + "400304C0000201"
                    + "180A0001" + "180A0002" + "180A0003");
            p.expectNotification(6, 1, "00010100000002");
            await("down", () -> peer.state() != PeerState.ESTABLISHED);
        }
    }

    @Test
    void severalPeersShareOneLocalAddress() throws Exception {
        try (ScriptedPeer p1 = ScriptedPeer.listening(); ScriptedPeer p2 = ScriptedPeer.listening()) {
            Peer a = establish(p1, neighbor(p1).build());
            Peer b = establish(p2, neighbor(p2).build());
            assertEquals(local, a.sessionLocalAddress().orElseThrow());
            assertEquals(local, b.sessionLocalAddress().orElseThrow());
            assertEquals(2, reactor.peers().size());
        }
    }

    @Test
    void aBadMarkerIsConnectionNotSynchronized() throws Exception {
        try (ScriptedPeer p = ScriptedPeer.listening()) {
            reactor.addPeer(neighbor(p).build());
            p.accept().receive();
            p.sendHex("00".repeat(16) + "001304");
            p.expectNotification(1, 1, "");
        }
    }

    @Test
    void anUnknownMessageTypeIsBadMessageType() throws Exception {
        try (ScriptedPeer p = ScriptedPeer.listening()) {
            establish(p, neighbor(p).build());
            p.sendHex(MARKER + "0013FF");
            p.expectNotification(1, 3, "FF");
        }
    }

    @Test
    void teardownSendsAnAdministrativeShutdownWithItsCommunicationAndReconnects() throws Exception {
        try (ScriptedPeer p = ScriptedPeer.listening()) {
            Peer peer = establish(p, neighbor(p).build());
            reactor.teardown(p.address, Notification.ADMINISTRATIVE_SHUTDOWN, "maintenance");
            Notification n = p.expectNotification(6, 2, "0B6D61696E74656E616E6365");
            assertEquals("maintenance", n.communication().orElseThrow());
            // the peer stays configured and connects again
            p.accept();
            assertInstanceOf(Open.class, p.receive());
            await("open sent", () -> peer.state() == PeerState.OPEN_SENT);
        }
    }

    @Test
    void removingAPeerSendsPeerDeconfigured() throws Exception {
        try (ScriptedPeer p = ScriptedPeer.listening()) {
            establish(p, neighbor(p).build());
            reactor.removePeer(p.address);
            p.expectNotification(6, 3, "");
            assertEquals(List.of(), reactor.peers());
        }
    }

    /**
     * A peer removed just before the reactor closes (its Config Admin configuration deleted as the reactor's
     * component goes, as happened in the Config Admin itest while the reactor was a delayed component) still gets
     * its Cease: closing the event loops closes their channels before running the tasks still queued, so the
     * reactor waits for the removals' NOTIFICATIONs first. No listening socket, as in that itest, so that nothing
     * else on the loop orders the two. Twenty times: the race was lost in most tries before the fix.
     */
    @Test
    void aPeerRemovedJustBeforeTheReactorClosesStillGetsItsCease() throws Exception {
        for (int i = 0; i < 20; i++) {
            BgpReactor r = new BgpReactor(BuiltinCodecs.codec(),
                    new bgp.rib.internal.RibFactoryComponent(BuiltinCodecs.codec()),
                    new BgpReactor.Options(List.of(), 0, 1));
            try (ScriptedPeer p = ScriptedPeer.listening()) {
                BgpReactor mine = reactor;
                reactor = r;
                try {
                    establish(p, neighbor(p).build());
                } finally {
                    reactor = mine;
                }
                r.removePeer(p.address);
                r.close();
                p.expectNotification(6, 3, "");
            } finally {
                r.close();
            }
        }
    }

    @Test
    void aConnectionFromAnUnknownAddressIsRefused() throws Exception {
        try (ScriptedPeer stranger = ScriptedPeer.connecting(ScriptedPeer.freeLoopbackAddress(), local,
                listenPort())) {
            stranger.expectClosed();
        }
    }

    @Test
    void aPassivePeerWaitsAndAcceptsItsConnection() throws Exception {
        String address = ScriptedPeer.freeLoopbackAddress();
        Peer peer = reactor.addPeer(Neighbor.builder(address).localAddress(local).localAs(65000).peerAs(65001)
                .routerId("10.0.0.1").passive(true).build());
        await("active", () -> peer.state() == PeerState.ACTIVE);
        try (ScriptedPeer p = ScriptedPeer.connecting(address, local, listenPort())) {
            p.send(peerOpen(65001, 90, "10.0.0.2", Family.IPV4_UNICAST));
            assertInstanceOf(Open.class, p.receive());
            assertInstanceOf(Keepalive.class, p.receive());
            p.send(Keepalive.INSTANCE);
            await("established", () -> peer.state() == PeerState.ESTABLISHED);
        }
    }

    /**
     * RFC 4271 §6.8: we connect out and the peer connects in at the same time; the connection opened by the side
     * with the higher BGP identifier survives, the other gets Cease / Connection Collision Resolution.
     */
    @Test
    void aCollisionKeepsTheConnectionOfTheHigherIdentifier() throws Exception {
        try (ScriptedPeer outgoing = ScriptedPeer.listening()) {
            Peer peer = reactor.addPeer(neighbor(outgoing).build());
            outgoing.accept();
            outgoing.receive();
            try (ScriptedPeer incoming = ScriptedPeer.connecting(outgoing.address, local, listenPort())) {
                assertInstanceOf(Open.class, incoming.receive());
                // the peer's identifier 10.0.0.2 is higher than ours (10.0.0.1): its connection (incoming) wins
                incoming.send(peerOpen(65001, 90, "10.0.0.2", Family.IPV4_UNICAST));
                outgoing.expectNotification(6, 7, "");
                assertInstanceOf(Keepalive.class, incoming.receive());
                incoming.send(Keepalive.INSTANCE);
                await("established", () -> peer.state() == PeerState.ESTABLISHED);
            }
        }
    }

    @Test
    void aCollisionWithALowerPeerIdentifierKeepsOurConnection() throws Exception {
        try (ScriptedPeer outgoing = ScriptedPeer.listening()) {
            Peer peer = reactor.addPeer(neighbor(outgoing).build());
            outgoing.accept();
            outgoing.receive();
            try (ScriptedPeer incoming = ScriptedPeer.connecting(outgoing.address, local, listenPort())) {
                incoming.receive();
                incoming.send(peerOpen(65001, 90, "9.0.0.1", Family.IPV4_UNICAST));
                incoming.expectNotification(6, 7, "");
                outgoing.send(peerOpen(65001, 90, "9.0.0.1", Family.IPV4_UNICAST));
                assertInstanceOf(Keepalive.class, outgoing.receive());
                outgoing.send(Keepalive.INSTANCE);
                await("established", () -> peer.state() == PeerState.ESTABLISHED);
            }
        }
    }
}
