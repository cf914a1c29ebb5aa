package dev.maildoctor.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.maillog.DeliveryStatus;
import dev.maildoctor.core.message.bounce.Reason;
import dev.maildoctor.core.message.bounce.SmtpStage;
import dev.maildoctor.core.routing.Provider;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every reason, provider, stage and delivery status has a name in both languages (the keys are built at run time). */
class BounceLabelsTest {
    @Test
    void everyValueIsNamedInBothLanguages() {
        for (String language : List.of("en", "ja")) {
            Messages m = Messages.forLanguage(language);
            BounceLabels labels = new BounceLabels(m);
            for (Reason r : Reason.values()) {
                assertThat(labels.reason(r)).as(language + " " + r).doesNotStartWith("bounce.");
            }
            for (Provider p : Provider.values()) {
                assertThat(labels.provider(p)).as(language + " " + p).doesNotStartWith("bounce.");
            }
            for (SmtpStage s : SmtpStage.values()) {
                assertThat(labels.stage(s)).as(language + " " + s).doesNotStartWith("bounce.");
            }
            for (DeliveryStatus s : DeliveryStatus.values()) {
                assertThat(labels.status(s)).as(language + " " + s).doesNotStartWith("maillog.");
            }
        }
    }
}
