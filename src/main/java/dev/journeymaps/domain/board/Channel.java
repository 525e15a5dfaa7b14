package dev.journeymaps.domain.board;

import java.util.Locale;

/** The medium a touchpoint happens through. Switching channel between touchpoints is where journeys often break. */
public enum Channel {
    WEB,
    MOBILE_APP,
    PHONE,
    IN_PERSON,
    EMAIL,
    CHAT,
    SOCIAL,
    OTHER;

    /** Parses the REST/JSON form ({@code "mobile-app"}) or the enum name; null when unknown. */
    public static Channel fromKey(String key) {
        if (key == null) {
            return null;
        }
        for (Channel channel : values()) {
            if (channel.key().equalsIgnoreCase(key) || channel.name().equalsIgnoreCase(key)) {
                return channel;
            }
        }
        return null;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
