package dev.maildoctor.core.maillog;

import dev.maildoctor.core.message.bounce.Reason;
import dev.maildoctor.core.message.bounce.ReasonClassifier;
import dev.maildoctor.core.routing.Provider;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Rebuilds each queue id's story line by line (qmgr from=, delivery agents' to=/relay=/dsn=/
 * status=, bounce, removed) and keeps the running tallies. One instance per analysis; not
 * thread-safe. The hot path (a "status=sent" line) cuts two or three small strings and does a few
 * hash look-ups; responses are only normalised and classified for deferred and bounced deliveries.
 */
final class LogStory {
    private static final int MAX_RESPONSES_TRACKED = 10_000;

    private final LogClock clock;
    private final SyslogPrefix prefix;
    private final DeliveryLine delivery = new DeliveryLine();
    private final QueueStates queues = new QueueStates();
    private final DomainCounters domains = new DomainCounters();
    private final ResponseCounter responses = new ResponseCounter(MAX_RESPONSES_TRACKED);
    private final DayCounters days = new DayCounters();
    private final IncidentTracker incidents = new IncidentTracker();
    private final ProviderCache providers = new ProviderCache();
    private final Map<String, Reason> reasons = new HashMap<>();
    private final long[] byStatus = new long[DeliveryStatus.values().length];
    private long lines;
    private long postfixLines;
    private long deferrals;
    private long expired;
    private long first = LogClock.NO_TIME;
    private long last = LogClock.NO_TIME;

    LogStory(LocalDate lastWritten) {
        clock = new LogClock(lastWritten);
        prefix = new SyslogPrefix(clock);
    }

    /** Classic syslog stamps of the lines that follow get their year from this date (see {@link LogClock}). */
    void lastWritten(LocalDate date) {
        clock.reference(date);
    }

    void accept(String line) {
        lines++;
        if (!prefix.parse(line)) {
            return;
        }
        postfixLines++;
        long t = prefix.time;
        first = first == LogClock.NO_TIME ? t : Math.min(first, t);
        last = Math.max(last, t);
        int m = prefix.messageStart;
        int colon = QueueIds.end(line, m);
        if (colon < 0) {
            return;
        }
        String queueId = line.substring(m, colon);
        int body = colon + 2;
        Daemon daemon = prefix.daemon;
        if (daemon.delivers) {
            QueueStates.State message = queues.touch(queueId);
            if (delivery.parse(line, body)) {
                deliver(message, t);
            }
        } else if ((daemon == Daemon.QMGR || daemon == Daemon.POSTSUPER) && line.startsWith("removed", body)) {
            queues.remove(queueId);
        } else {
            queues.touch(queueId);
            if (daemon == Daemon.QMGR && line.indexOf(", status=expired", body) >= 0) {
                expired++;
            }
        }
    }

    private void deliver(QueueStates.State message, long t) {
        DeliveryStatus status = delivery.status;
        String domain = delivery.domain();
        DomainCounters.Counter perDomain = domain == null ? null : domains.get(domain);
        if (status == DeliveryStatus.SENT) {
            count(status, perDomain, t);
            if (perDomain != null && perDomain.needsProvider()) {
                learnProvider(perDomain, delivery.relayHost(), domain);
            }
            if (incidents.awaitingRecovery()) {
                incidents.delivered(providers.of(delivery.relayHost(), domain), t);
            }
            return;
        }
        if (status == DeliveryStatus.DEFERRED) {
            deferrals++;
            if (message.firstDeferral(delivery.recipientHash())) {
                count(status, perDomain, t);
            }
        } else {
            count(status, perDomain, t);
        }
        refused(message, t, domain, perDomain);
    }

    /** A deferred or bounced delivery: what the remote side said, what it means, and whether it is an incident. */
    private void refused(QueueStates.State message, long t, String domain, DomainCounters.Counter perDomain) {
        String response = delivery.response();
        String host = delivery.relayHost();
        if (!ProviderCache.isHostName(host)) {
            String named = ResponseText.remoteHost(response);
            host = named != null ? named : host;
        }
        String normalised = ResponseText.normalise(response);
        Reason reason = reason(delivery.dsn(), normalised, response);
        responses.add(normalised, reason);
        if (perDomain != null) {
            DomainCounters.response(perDomain, normalised, reason);
            if (perDomain.needsProvider()) {
                learnProvider(perDomain, host, domain);
            }
        }
        incidents.refused(providers.of(host, domain), reason, t, message, domain, response);
    }

    /**
     * Classifies the first full response of each normalised text (with its dsn) and remembers the
     * answer: responses that normalise alike differ only in addresses, ids and numbers.
     */
    private Reason reason(String dsn, String normalised, String response) {
        String key = dsn + '|' + normalised;
        Reason reason = reasons.get(key);
        if (reason == null) {
            reason = ReasonClassifier.classify(dsn, ResponseText.replyCode(response), response);
            if (reasons.size() >= MAX_RESPONSES_TRACKED) {
                reasons.clear();
            }
            reasons.put(key, reason);
        }
        return reason;
    }

    private void count(DeliveryStatus status, DomainCounters.Counter perDomain, long t) {
        byStatus[status.ordinal()]++;
        if (perDomain != null) {
            perDomain.byStatus[status.ordinal()]++;
        }
        days.add(t, status);
    }

    private void learnProvider(DomainCounters.Counter perDomain, String host, String domain) {
        Provider p = providers.of(host, domain);
        perDomain.providerTries++;
        if (perDomain.provider == null || p != Provider.UNKNOWN) {
            perDomain.provider = p;
        }
    }

    long lines() {
        return lines;
    }

    int openQueueIds() {
        return queues.openCount();
    }

    MaillogSummary summary() {
        Map<DeliveryStatus, Long> statuses = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus s : DeliveryStatus.values()) {
            statuses.put(s, byStatus[s.ordinal()]);
        }
        return new MaillogSummary(lines, queues.messages(), statuses, domains.tallies(), incidents.finish(last),
                domains.names(), days.tallies(first, last), responses.top(MaillogSummary.MAX_RESPONSES),
                deferrals, expired, postfixLines, LogClock.toDateTime(first), LogClock.toDateTime(last));
    }
}
