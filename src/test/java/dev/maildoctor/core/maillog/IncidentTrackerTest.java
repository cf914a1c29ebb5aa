package dev.maildoctor.core.maillog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.message.bounce.Reason;
import dev.maildoctor.core.routing.Provider;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IncidentTrackerTest {
    private final IncidentTracker tracker = new IncidentTracker();

    private static long at(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 11, day, hour, minute).toEpochSecond(ZoneOffset.UTC);
    }

    private void refuse(Provider p, Reason r, long t) {
        tracker.refused(p, r, t, new QueueStates.State(), "example.com", "550 5.7.1 refused");
    }

    @Test
    void partialAcceptanceKeepsOneIncidentAndAQuietPeriodEndsIt() {
        refuse(Provider.GMAIL, Reason.BADREPUTATION, at(1, 14, 2));
        tracker.delivered(Provider.GMAIL, at(1, 14, 5));
        refuse(Provider.GOOGLE_WORKSPACE, Reason.BADREPUTATION, at(1, 15, 0)); // same provider group
        tracker.delivered(Provider.GMAIL, at(2, 9, 20));
        tracker.delivered(Provider.GMAIL, at(2, 10, 0));
        refuse(Provider.GMAIL, Reason.BADREPUTATION, at(3, 8, 0)); // a day later: a new incident

        assertThat(tracker.finish(at(3, 8, 30))).satisfiesExactly(first -> {
            assertThat(first.firstSeen()).isEqualTo(LocalDateTime.of(2026, 11, 1, 14, 2));
            assertThat(first.lastSeen()).isEqualTo(LocalDateTime.of(2026, 11, 1, 15, 0));
            assertThat(first.endedAt()).isEqualTo(LocalDateTime.of(2026, 11, 2, 9, 20));
            assertThat(first.count()).isEqualTo(2);
            assertThat(first.provider()).isEqualTo(Provider.GMAIL);
        }, second -> {
            assertThat(second.firstSeen()).isEqualTo(LocalDateTime.of(2026, 11, 3, 8, 0));
            assertThat(second.ongoing()).as("the log ends within the quiet period").isTrue();
        });
    }

    @Test
    void withoutSuccessfulDeliveriesAnIncidentNeverEnds() {
        refuse(Provider.YAHOO, Reason.BLOCKED, at(1, 10, 0));
        refuse(Provider.YAHOO, Reason.BLOCKED, at(5, 10, 0));
        assertThat(tracker.finish(at(9, 0, 0))).singleElement().satisfies(i -> {
            assertThat(i.ongoing()).isTrue();
            assertThat(i.count()).isEqualTo(2);
        });
    }

    @Test
    void onlyReputationReasonsOfKnownProvidersCount() {
        refuse(Provider.GMAIL, Reason.USERUNKNOWN, at(1, 10, 0));
        refuse(Provider.UNKNOWN, Reason.BLOCKED, at(1, 10, 0));
        refuse(Provider.MICROSOFT365, Reason.BLOCKED, at(1, 10, 0));
        refuse(Provider.MICROSOFT365, Reason.BADREPUTATION, at(1, 10, 1));
        assertThat(tracker.finish(at(1, 11, 0))).extracting(Incident::reason)
                .containsExactlyInAnyOrder(Reason.BLOCKED, Reason.BADREPUTATION);
    }

    @Test
    void oneMessageCountsOnceHoweverOftenItIsRetried() {
        QueueStates.State message = new QueueStates.State();
        for (int i = 0; i < 5; i++) {
            tracker.refused(Provider.GMAIL, Reason.BADREPUTATION, at(1, 10, i * 10), message, "gmail.com", "421");
        }
        assertThat(tracker.finish(at(1, 12, 0))).singleElement().extracting(Incident::count).isEqualTo(1L);
    }
}
