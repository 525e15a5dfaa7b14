package dev.journeymaps.domain.board;

import java.util.Locale;

/** Where a piece of evidence comes from. */
public enum EvidenceType {
    INTERVIEW,
    SURVEY,
    ANALYTICS,
    SUPPORT_TICKET,
    USABILITY_TEST,
    OTHER;

    /** Parses the REST/JSON form ({@code "support-ticket"}) or the enum name; null when unknown. */
    public static EvidenceType fromKey(String key) {
        if (key == null) {
            return null;
        }
        for (EvidenceType type : values()) {
            if (type.key().equalsIgnoreCase(key) || type.name().equalsIgnoreCase(key)) {
                return type;
            }
        }
        return null;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
