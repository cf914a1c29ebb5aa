package dev.maildoctor.core.relay;

import java.util.List;

/**
 * An existing Postfix {@code transport} file compared with the one the request needs.
 *
 * @param missing   domains the request needs that the file lacks
 * @param redundant entries of the file for domains the request does not send through the relay
 * @param different domains the file routes elsewhere (another next hop), with the file's line
 * @param unreadable lines that are not {@code key nexthop} (kept as written)
 */
public record TransportComparison(List<String> missing, List<String> redundant, List<String> different,
                                  List<String> unreadable) {
    public TransportComparison {
        missing = List.copyOf(missing);
        redundant = List.copyOf(redundant);
        different = List.copyOf(different);
        unreadable = List.copyOf(unreadable);
    }

    public static TransportComparison compare(String existingTransport, RelayRequest request) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
