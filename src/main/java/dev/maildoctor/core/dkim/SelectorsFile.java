package dev.maildoctor.core.dkim;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The whole {@code selectors.yaml} as written (see the file's header); checked by {@link SelectorsLoader}. */
public record SelectorsFile(@JsonProperty("groups") List<SelectorGroup> groups) {
    public SelectorsFile {
        groups = groups == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(groups));
    }
}
