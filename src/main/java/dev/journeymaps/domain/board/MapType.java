package dev.journeymaps.domain.board;

/** The kinds of journey map the practice distinguishes; each comes with a template of stages and lanes. */
public enum MapType {
    CURRENT_STATE,
    FUTURE_STATE,
    DAY_IN_THE_LIFE,
    SERVICE_BLUEPRINT;

    /** Parses the REST/JSON form ({@code "current-state"}) or the enum name; null when unknown. */
    public static MapType fromKey(String key) {
        if (key == null) {
            return null;
        }
        for (MapType type : values()) {
            if (type.key().equalsIgnoreCase(key) || type.name().equalsIgnoreCase(key)) {
                return type;
            }
        }
        return null;
    }

    /** Stable, lower-case identifier used in JSON, URLs and i18n keys. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
