package dev.maildoctor.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;

/** Text that comes from data files (catalogues, knowledge base) in several languages. */
public record LocalizedText(@JsonValue Map<String, String> byLanguage) {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public LocalizedText {
        byLanguage = Map.copyOf(byLanguage);
    }

    public static LocalizedText of(String en, String ja) {
        return new LocalizedText(Map.of("en", en, "ja", ja));
    }

    /** The text in the locale's language, falling back to English. */
    public String in(Locale locale) {
        String text = byLanguage.get(locale.getLanguage());
        return text != null ? text : byLanguage.getOrDefault("en", "");
    }
}
