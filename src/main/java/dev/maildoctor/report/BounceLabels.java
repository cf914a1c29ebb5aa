package dev.maildoctor.report;

import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.maillog.DeliveryStatus;
import dev.maildoctor.core.message.bounce.FailedRecipient;
import dev.maildoctor.core.message.bounce.Reason;
import dev.maildoctor.core.message.bounce.SmtpStage;
import dev.maildoctor.core.routing.Provider;

/** Names of bounce and mail-log values in the reader's language (shared by the text reports and the app). */
public final class BounceLabels {
    private final Messages m;

    public BounceLabels(Messages messages) {
        this.m = messages;
    }

    public String reason(Reason reason) {
        return m.get("bounce.reason." + reason.json());
    }

    public String provider(Provider provider) {
        return m.get("bounce.provider." + provider.json());
    }

    public String stage(SmtpStage stage) {
        return m.get("bounce.stage." + stage.json());
    }

    public String status(DeliveryStatus status) {
        return m.get("maillog.status." + status.json());
    }

    /** "Permanent failure", "Temporary failure", or the DSN action for recipients that did not fail. */
    public String outcome(FailedRecipient r) {
        return m.get(outcomeKey(r));
    }

    static String outcomeKey(FailedRecipient r) {
        return switch (BounceOutcome.of(r)) {
            case PERMANENT -> "bounce.outcome.permanent";
            case TEMPORARY -> "bounce.outcome.temporary";
            case NONE -> "bounce.outcome.delivered";
        };
    }
}
