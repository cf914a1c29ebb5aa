package dev.maildoctor.core.maillog;

import dev.maildoctor.core.message.bounce.Reason;
import dev.maildoctor.core.routing.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds the onset and end of reputation or blocklist refusals per destination provider (Google's
 * and Microsoft's business and consumer services count as one provider each, as their refusals
 * share one cause; the incident is named after the one that refused most messages). A refusal is a deferred or bounced delivery whose reason
 * {@linkplain Reason#pointsAtReputation() points at the sender's reputation}. An incident ends at
 * the first successful delivery to the provider after its last refusal, provided no refusal for
 * the same reason follows within {@link Incident#QUIET}; one that does follow keeps the incident going (a
 * provider that refuses most mail still lets some through). A refusal after a quiet period of
 * successful deliveries starts a new incident.
 */
final class IncidentTracker {
    private static final long QUIET_SECONDS = Incident.QUIET.toSeconds();

    private static final class Open {
        final int id;
        /** Messages per provider of the group, in order of first refusal: named after the one refusing most. */
        final Map<Provider, long[]> byProvider = new LinkedHashMap<>();
        final Reason reason;
        final long first;
        final String example;
        long last;
        long count;
        long recoveredAt = LogClock.NO_TIME;
        final TreeSet<String> domains = new TreeSet<>();

        Open(int id, Reason reason, long first, String example) {
            this.id = id;
            this.reason = reason;
            this.first = first;
            this.last = first;
            this.example = example;
        }

        Provider provider() {
            Provider most = null;
            long max = -1;
            for (Map.Entry<Provider, long[]> e : byProvider.entrySet()) {
                if (e.getValue()[0] > max) {
                    most = e.getKey();
                    max = e.getValue()[0];
                }
            }
            return most;
        }

        Incident toIncident(boolean ended) {
            return new Incident(provider(), reason, LogClock.toDateTime(first), LogClock.toDateTime(last), count,
                    example, ended ? LogClock.toDateTime(recoveredAt) : null, List.copyOf(domains));
        }
    }

    private final Map<String, List<Open>> open = new HashMap<>();
    private final List<Incident> closed = new ArrayList<>();
    private int nextId = 1;
    private int awaitingRecovery;

    void refused(Provider provider, Reason reason, long time, QueueStates.State message, String domain,
                 String response) {
        if (!tracked(provider) || !reason.pointsAtReputation() || time == LogClock.NO_TIME) {
            return;
        }
        List<Open> list = open.computeIfAbsent(group(provider), g -> new ArrayList<>(2));
        Open o = null;
        for (Open candidate : list) {
            if (candidate.reason == reason) {
                o = candidate;
            }
        }
        if (o != null && o.recoveredAt != LogClock.NO_TIME) {
            if (time - o.recoveredAt >= QUIET_SECONDS) {
                closed.add(o.toIncident(true));
                list.remove(o);
                o = null;
            } else {
                o.recoveredAt = LogClock.NO_TIME;
                awaitingRecovery++;
            }
        }
        if (o == null) {
            o = new Open(nextId++, reason, time, response);
            list.add(o);
            awaitingRecovery++;
        }
        o.last = Math.max(o.last, time);
        if (message.incidentMark != o.id) {
            message.incidentMark = o.id;
            o.count++;
            o.byProvider.computeIfAbsent(provider, p -> new long[1])[0]++;
        }
        if (domain != null && o.domains.size() < Incident.MAX_DOMAINS) {
            o.domains.add(domain);
        }
    }

    /** Whether successful deliveries matter right now (so the caller can skip working out their provider). */
    boolean awaitingRecovery() {
        return awaitingRecovery > 0;
    }

    void delivered(Provider provider, long time) {
        List<Open> list = tracked(provider) ? open.get(group(provider)) : null;
        if (list == null || time == LogClock.NO_TIME) {
            return;
        }
        for (Open o : list) {
            if (o.recoveredAt == LogClock.NO_TIME && time >= o.last) {
                o.recoveredAt = time;
                awaitingRecovery--;
            }
        }
    }

    /**
     * All incidents, oldest first. One whose refusals stopped less than {@link Incident#QUIET} before the
     * log ends is still open: the log cannot tell yet.
     */
    List<Incident> finish(long logEnd) {
        List<Incident> all = new ArrayList<>(closed);
        for (List<Open> list : open.values()) {
            for (Open o : list) {
                boolean ended = o.recoveredAt != LogClock.NO_TIME && logEnd - o.last >= QUIET_SECONDS;
                all.add(o.toIncident(ended));
            }
        }
        all.sort(Comparator.comparing(Incident::firstSeen).thenComparing(i -> i.provider().name()));
        return all;
    }

    private static boolean tracked(Provider p) {
        return p != Provider.UNKNOWN && p != Provider.SELF_HOSTED;
    }

    private static String group(Provider p) {
        return p.isGoogle() ? "google" : p.isMicrosoft() ? "microsoft" : p.name();
    }
}
