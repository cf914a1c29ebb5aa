package dev.maildoctor.core.maillog;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the analysis remembers about each queue id between its lines; dropped when Postfix logs
 * "removed", so memory follows the number of messages in the queue, not the size of the log.
 * Ids never removed (the log ends, or lines were lost) are bounded too: past {@link #MAX_OPEN} the
 * oldest are forgotten.
 */
final class QueueStates {
    static final int MAX_OPEN = 200_000;

    /** One message's memory: which recipients were already counted as deferred, and for which incident. */
    static final class State {
        private long[] deferred;
        private int deferredCount;
        int incidentMark;

        /** True the first time this recipient is deferred. */
        boolean firstDeferral(long recipientHash) {
            for (int i = 0; i < deferredCount; i++) {
                if (deferred[i] == recipientHash) {
                    return false;
                }
            }
            if (deferred == null) {
                deferred = new long[2];
            } else if (deferredCount == deferred.length) {
                if (deferredCount >= 4096) {
                    return true; // a mass mailing: stop remembering rather than grow without end
                }
                deferred = Arrays.copyOf(deferred, deferredCount * 2);
            }
            deferred[deferredCount++] = recipientHash;
            return true;
        }
    }

    private final Map<String, State> open = new LinkedHashMap<>(1024, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, State> eldest) {
            return size() > MAX_OPEN;
        }
    };
    private long created;

    /** The state of a queue id, created (and counted as a message) on first sight. */
    State touch(String queueId) {
        State s = open.get(queueId);
        if (s == null) {
            s = new State();
            open.put(queueId, s);
            created++;
        }
        return s;
    }

    void remove(String queueId) {
        open.remove(queueId);
    }

    long messages() {
        return created;
    }

    int openCount() {
        return open.size();
    }
}
