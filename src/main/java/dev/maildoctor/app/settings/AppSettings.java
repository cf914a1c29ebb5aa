package dev.maildoctor.app.settings;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.maildoctor.core.dns.DnsSettings;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The user's preferences as stored in {@code settings.json}. Values read from an edited or older
 * file are normalised here, so the rest of the app never sees a half-valid setting.
 *
 * @param resolvers     HOST[:PORT] entries; kept when the mode is SYSTEM so switching back restores them
 * @param dqsKey        Spamhaus DQS key, empty when not set
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppSettings(
        @JsonProperty("language") String language,
        @JsonProperty("resolver_mode") ResolverMode resolverMode,
        @JsonProperty("resolvers") List<String> resolvers,
        @JsonProperty("spamhaus_dqs_key") String dqsKey,
        @JsonProperty("timeout_seconds") int timeoutSeconds) {

    public static final List<String> LANGUAGES = List.of("en", "ja");
    public static final int DEFAULT_TIMEOUT_SECONDS = (int) DnsSettings.DEFAULT_TIMEOUT.toSeconds();
    public static final int MAX_TIMEOUT_SECONDS = 30;

    public AppSettings {
        language = LANGUAGES.contains(language) ? language : "en";
        resolverMode = Objects.requireNonNullElse(resolverMode, ResolverMode.SYSTEM);
        resolvers = resolvers == null ? List.of()
                : resolvers.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
        dqsKey = dqsKey == null ? "" : dqsKey.strip();
        timeoutSeconds = timeoutSeconds <= 0 ? DEFAULT_TIMEOUT_SECONDS : Math.min(timeoutSeconds, MAX_TIMEOUT_SECONDS);
    }

    /** Defaults for a first start: the interface follows the operating system's language when we speak it. */
    public static AppSettings defaults(Locale locale) {
        String language = "ja".equals(locale.getLanguage()) ? "ja" : "en";
        return new AppSettings(language, ResolverMode.SYSTEM, List.of(), "", DEFAULT_TIMEOUT_SECONDS);
    }

    public AppSettings withLanguage(String newLanguage) {
        return new AppSettings(newLanguage, resolverMode, resolvers, dqsKey, timeoutSeconds);
    }

    /** The resolvers actually used: none (meaning the system's) unless the mode is CUSTOM. */
    @JsonIgnore
    public List<String> effectiveResolvers() {
        return resolverMode == ResolverMode.CUSTOM ? resolvers : List.of();
    }

    /** The key for a request, or null to use the public mirrors. */
    @JsonIgnore
    public String dqsKeyOrNull() {
        return dqsKey.isEmpty() ? null : dqsKey;
    }

    public DnsSettings dnsSettings() {
        return new DnsSettings(effectiveResolvers(), Duration.ofSeconds(timeoutSeconds),
                DnsSettings.DEFAULT_MAX_IN_FLIGHT);
    }
}
