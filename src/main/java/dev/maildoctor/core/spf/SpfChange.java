package dev.maildoctor.core.spf;

import dev.maildoctor.core.model.Msg;
import java.util.List;
import java.util.Optional;

/**
 * The change to the sender domain's SPF record so that mail leaving through the relay passes.
 *
 * @param domain    the sender domain
 * @param current   its SPF record as published now (the TXT strings joined), if any
 * @param proposed  the new record, one line
 * @param added     the terms added (e.g. {@code ip4:192.0.2.25} or {@code include:_spf.relay.example})
 * @param lookups   DNS-querying terms of the proposed record, includes followed (RFC 7208 limit: 10)
 * @param strings   the proposed record split into quoted strings of at most 255 characters
 * @param bindLine  the zone-file line, e.g. {@code example.com. 3600 IN TXT "v=spf1 ..." "..."}
 * @param notes     already covered, near or over the lookup limit, several records, raise the SOA
 *                  serial, the current record could not be read, ...
 */
public record SpfChange(String domain, Optional<String> current, String proposed, List<String> added, int lookups,
                        List<String> strings, String bindLine, List<Msg> notes) {
    public SpfChange {
        added = List.copyOf(added);
        strings = List.copyOf(strings);
        notes = List.copyOf(notes);
    }
}
