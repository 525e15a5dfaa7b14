package dev.journeymaps.standalone;

import dev.journeymaps.web.Messages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The standalone host's {@link Messages}: the {@code i18n/journey-maps} bundle (read as UTF-8), with
 * {@link MessageFormat} applied when arguments are given. A missing key shows itself, as in Jira.
 */
public class BundleMessages implements Messages {
    public static final String BUNDLE = "i18n/journey-maps";

    private final ResourceBundle bundle;
    private final Locale locale;
    /** Parsed once per key: a page formats the same message for every card. Used only through clones (not thread-safe). */
    private final java.util.concurrent.ConcurrentMap<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();

    public BundleMessages() {
        this(Locale.ENGLISH);
    }

    public BundleMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    @Override
    public String getText(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    @Override
    public String getText(String key, Object... args) {
        if (args == null || args.length == 0) {
            return getText(key);
        }
        MessageFormat parsed = formats.computeIfAbsent(key, k -> new MessageFormat(getText(k), locale));
        return ((MessageFormat) parsed.clone()).format(args);
    }
}
