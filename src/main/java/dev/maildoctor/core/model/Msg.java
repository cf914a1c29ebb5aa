package dev.maildoctor.core.model;

import java.util.List;

/**
 * A message key and its arguments; rendered to text only at the edge (UI, CLI, report).
 * Arguments may themselves be {@link Msg} or {@link LocalizedText} and are rendered recursively.
 */
public record Msg(String key, List<Object> args) {
    public Msg {
        args = List.copyOf(args);
    }

    public static Msg of(String key, Object... args) {
        return new Msg(key, List.of(args));
    }
}
