package dev.maildoctor.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.i18n.Messages;
import dev.maildoctor.core.routing.Provider;
import org.junit.jupiter.api.Test;

class ProviderNamesTest {
    @Test
    void everyProviderHasANameInBothLanguages() {
        for (Provider p : Provider.values()) {
            String key = ProviderNames.inSentence(p).key();
            assertThat(key).isEqualTo("provider." + p.json());
            for (String language : new String[] {"en", "ja"}) {
                assertThat(Messages.forLanguage(language).render(ProviderNames.inSentence(p))).as(key + " " + language)
                        .isNotEqualTo(key).isNotBlank();
            }
        }
        assertThat(Messages.forLanguage("en").render(ProviderNames.inSentence(Provider.UNKNOWN)))
                .isEqualTo("the recipient's provider");
        assertThat(Messages.forLanguage("en").render(ProviderNames.inSentence(null))).isEqualTo("the recipient's provider");
    }
}
