package dev.maildoctor.app.blocklists;

import dev.maildoctor.core.dnsbl.DnsblReport;
import dev.maildoctor.core.dnsbl.ZoneResult;
import dev.maildoctor.core.dnsbl.ZoneStatus;
import dev.maildoctor.core.dnsbl.neighbourhood.Cell;
import dev.maildoctor.core.dnsbl.neighbourhood.Ipv4Range;
import dev.maildoctor.core.dnsbl.neighbourhood.Neighbourhood;
import dev.maildoctor.core.model.FixStep;
import dev.maildoctor.core.network.Target;
import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A report arranged for the page: rows in reading order, the /24 grid, fix steps grouped by cause. */
public final class ReportDigest {
    public static final int GRID_SIDE = 16;

    /** Steps under one heading: the neighbourhood verdict (no zone) or one list's result. */
    public record FixGroup(Optional<ZoneResult> zone, List<FixStep> steps) {
    }

    private ReportDigest() {
    }

    /** Listings first, then what could not be checked, then the clean lists; catalogue order within each. */
    public static List<ZoneResult> rows(DnsblReport report) {
        return report.results().stream().sorted(Comparator.comparingInt(r -> rank(r.status()))).toList();
    }

    private static int rank(ZoneStatus status) {
        switch (status) {
            case LISTED: return 0;
            case REFUSED: return 1;
            case ERROR: return 2;
            default: return 3;
        }
    }

    /** True when no list gave a usable answer: the resolver path, not the lists, is the problem. */
    public static boolean nothingAnswered(DnsblReport report) {
        return !report.results().isEmpty() && report.results().stream().allMatch(r -> r.status() == ZoneStatus.ERROR);
    }

    /** The verdict's steps first (they change what the per-list steps are worth), then each list's. */
    public static List<FixGroup> fixes(DnsblReport report) {
        List<FixGroup> groups = new ArrayList<>();
        if (!report.verdictFixes().isEmpty()) {
            groups.add(new FixGroup(Optional.empty(), report.verdictFixes()));
        }
        for (ZoneResult r : rows(report)) {
            if (r.status() != ZoneStatus.NOT_LISTED && !r.fixes().isEmpty()) {
                groups.add(new FixGroup(Optional.of(r), r.fixes()));
            }
        }
        return groups;
    }

    /** All 256 addresses of the target's /24 by last octet; the target shows its own result. */
    public static List<GridCell> grid(DnsblReport report, Neighbourhood n) {
        if (!(report.target() instanceof Target.Ipv4 v4)) {
            return List.of();
        }
        Ipv4Range block = Ipv4Range.of(v4.address(), 24);
        Map<String, String> names = new HashMap<>();
        report.results().forEach(r -> names.put(r.list().id(), r.list().name()));
        Map<Inet4Address, Cell> sampled = new HashMap<>();
        n.cells().forEach(c -> sampled.put(c.address(), c));
        List<GridCell> grid = new ArrayList<>(GRID_SIDE * GRID_SIDE);
        for (int octet = 0; octet < GRID_SIDE * GRID_SIDE; octet++) {
            Inet4Address address = block.address(octet);
            if (address.equals(v4.address())) {
                grid.add(targetCell(report, octet, address));
                continue;
            }
            Cell cell = sampled.get(address);
            if (cell == null) {
                grid.add(new GridCell(octet, address.getHostAddress(), GridCell.Kind.NOT_SAMPLED, List.of(), false));
            } else {
                List<String> lists = cell.listedOn().stream().map(id -> names.getOrDefault(id, id)).toList();
                grid.add(new GridCell(octet, address.getHostAddress(), kind(cell), lists, false));
            }
        }
        return grid;
    }

    private static GridCell targetCell(DnsblReport report, int octet, Inet4Address address) {
        List<String> lists = report.results().stream().filter(r -> r.status() == ZoneStatus.LISTED)
                .map(r -> r.list().name()).toList();
        GridCell.Kind kind = !lists.isEmpty() ? GridCell.Kind.LISTED
                : report.results().stream().allMatch(r -> r.status().isDefinite()) ? GridCell.Kind.CLEAN
                : GridCell.Kind.UNKNOWN;
        return new GridCell(octet, address.getHostAddress(), kind, lists, true);
    }

    private static GridCell.Kind kind(Cell cell) {
        switch (cell.state()) {
            case LISTED: return GridCell.Kind.LISTED;
            case CLEAN: return GridCell.Kind.CLEAN;
            default: return GridCell.Kind.UNKNOWN;
        }
    }
}
