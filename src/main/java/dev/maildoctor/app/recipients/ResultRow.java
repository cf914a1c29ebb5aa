package dev.maildoctor.app.recipients;

import dev.maildoctor.core.recipients.DomainClassification;
import dev.maildoctor.core.recipients.MxHost;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One line of the results table: a domain's classification and whether the user ticked it. */
public final class ResultRow {
    private final DomainClassification classification;
    private final ProviderFamily family;
    private final String mxText;
    private final String searchText;
    private final BooleanProperty picked = new SimpleBooleanProperty(false);

    ResultRow(DomainClassification classification) {
        this.classification = classification;
        this.family = ProviderFamily.of(classification);
        this.mxText = classification.mx().stream().map(ResultRow::mx).collect(Collectors.joining(", "));
        this.searchText = (classification.domain().ascii() + " " + classification.domain().unicode() + " "
                + classification.provider() + " " + classification.gateway().orElse("") + " " + mxText)
                .toLowerCase(Locale.ROOT);
    }

    public DomainClassification classification() {
        return classification;
    }

    ProviderFamily family() {
        return family;
    }

    /** The MX records as "10 aspmx.l.google.com, 20 alt1.aspmx.l.google.com". */
    String mxText() {
        return mxText;
    }

    /** Whether the filter text (lower case) occurs in the domain, the provider or an MX host. */
    boolean matches(String lowerCaseText) {
        return lowerCaseText.isEmpty() || searchText.contains(lowerCaseText);
    }

    /** Ticked in the table's select column (the hand-picked selection). */
    public BooleanProperty pickedProperty() {
        return picked;
    }

    private static String mx(MxHost host) {
        return host.preference() + " " + (host.host().isEmpty() ? "." : host.host());
    }
}
