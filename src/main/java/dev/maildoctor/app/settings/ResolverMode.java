package dev.maildoctor.app.settings;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where DNS questions go: the operating system's resolvers, or the ones the user listed. */
public enum ResolverMode {
    @JsonProperty("system") SYSTEM,
    @JsonProperty("custom") CUSTOM
}
