package bgp.rib;

import org.osgi.annotation.versioning.ProviderType;

/** Makes the routing tables of a peer. A service; thread-safe. */
@ProviderType
public interface RibFactory {

    /** A new, empty Adj-RIB-In for one peer's IPv4 unicast routes. */
    AdjRibIn newAdjRibIn();
}
