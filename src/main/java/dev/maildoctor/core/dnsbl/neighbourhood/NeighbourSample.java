package dev.maildoctor.core.dnsbl.neighbourhood;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses which neighbours to query: one address in each equal slice of the range (so a partly
 * listed range shows up wherever its listed part lies), never the target itself, and never the network
 * and broadcast addresses of ranges that have them.
 */
public final class NeighbourSample {
    public static final int DEFAULT_SIZE = 32;
    public static final int MAX_SIZE = 1024;
    private static final double GOLDEN = 0.6180339887498949;

    private NeighbourSample() {
    }

    public static List<Inet4Address> choose(Ipv4Range range, Inet4Address target, int wanted) {
        long first = range.prefix() <= 30 ? 1 : 0;
        long last = range.prefix() <= 30 ? range.size() - 2 : range.size() - 1;
        long usable = last - first + 1;
        int n = (int) Math.min(Math.min(wanted, MAX_SIZE), usable);
        Set<Inet4Address> chosen = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            // One address per equal stratum of the range; where in its stratum follows the golden
            // ratio sequence, so the sample is even but does not fall into columns of the /24 grid.
            double position = (i + frac(0.5 + i * GOLDEN)) * usable / n;
            long offset = first + (long) Math.floor(position);
            chosen.add(range.address(Math.min(offset, last)));
        }
        chosen.remove(target);
        // Replace the target's slot by its nearest free neighbour so the sample keeps its size.
        for (long d = 1; chosen.size() < n && d < usable; d++) {
            for (long candidate : new long[] {Ipv4Range.toLong(target) - d, Ipv4Range.toLong(target) + d}) {
                long offset = candidate - range.network();
                if (chosen.size() < n && offset >= first && offset <= last) {
                    Inet4Address a = range.address(offset);
                    if (!a.equals(target)) {
                        chosen.add(a);
                    }
                }
            }
        }
        return new ArrayList<>(chosen);
    }

    private static double frac(double x) {
        return x - Math.floor(x);
    }
}
