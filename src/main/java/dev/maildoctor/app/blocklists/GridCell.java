package dev.maildoctor.app.blocklists;

import java.util.List;

/**
 * One square of the /24 grid.
 *
 * @param octet the address's last octet (its position in the grid)
 * @param lists names of the lists that list the address
 */
public record GridCell(int octet, String address, Kind kind, List<String> lists, boolean target) {
    public enum Kind { LISTED, CLEAN, UNKNOWN, NOT_SAMPLED }

    public GridCell {
        lists = List.copyOf(lists);
    }
}
