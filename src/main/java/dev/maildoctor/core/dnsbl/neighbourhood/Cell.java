package dev.maildoctor.core.dnsbl.neighbourhood;

import java.net.Inet4Address;
import java.util.List;

/** One scanned neighbour: its state and the lists (ids) it is listed on. */
public record Cell(Inet4Address address, CellState state, List<String> listedOn) {
    public Cell {
        listedOn = List.copyOf(listedOn);
    }
}
