package dev.journeymaps.web;

/**
 * Port: the i18n bundle ({@code i18n/journey-maps}, keys prefixed {@code journeymaps.}). Templates call
 * {@code $i18n.getText("key")}. Arguments are formatted with {@link java.text.MessageFormat} rules.
 * Never pass user text as an argument from a template: Jira may treat i18n output as safe markup.
 */
public interface Messages {
    String getText(String key);

    String getText(String key, Object... args);
}
