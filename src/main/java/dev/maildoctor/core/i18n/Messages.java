package dev.maildoctor.core.i18n;

import dev.maildoctor.core.model.LocalizedText;
import dev.maildoctor.core.model.Msg;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders message keys in one language from {@code i18n/messages(_ja).properties} (UTF-8).
 * Arguments that are themselves {@link Msg} or {@link LocalizedText} are rendered first.
 */
public final class Messages {
    public static final String BUNDLE = "dev.maildoctor.i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages forLanguage(String language) {
        return new Messages("ja".equals(language) ? Locale.JAPANESE : Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /** The text for a key; a missing key shows as the key itself, never as an exception. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern.replace("''", "'");
        }
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = renderArg(args[i]);
        }
        return new MessageFormat(pattern, locale).format(rendered);
    }

    public String render(Msg msg) {
        return get(msg.key(), msg.args().toArray());
    }

    public String render(LocalizedText text) {
        return text == null ? "" : text.in(locale);
    }

    private Object renderArg(Object arg) {
        if (arg instanceof Msg m) {
            return render(m);
        }
        if (arg instanceof LocalizedText t) {
            return t.in(locale);
        }
        if (arg instanceof Integer || arg instanceof Long) {
            return arg.toString();
        }
        return arg;
    }
}
