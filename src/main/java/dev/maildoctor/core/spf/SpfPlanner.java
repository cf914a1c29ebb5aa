package dev.maildoctor.core.spf;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.relay.RelayTarget;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Works out the SPF change for a relay (its published include, or its addresses). */
public final class SpfPlanner {
    private final Dns dns;

    public SpfPlanner(Dns dns) {
        this.dns = dns;
    }

    /**
     * @param relayInclude the SPF include the relay's operator publishes, when the user knows it;
     *                     otherwise the relay host's A/AAAA addresses are added as ip4:/ip6:
     */
    public CompletionStage<SpfChange> forRelay(String senderDomain, RelayTarget relay, Optional<String> relayInclude) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
