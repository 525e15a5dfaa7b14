package dev.journeymaps.domain.board;

import dev.journeymaps.domain.Limits;
import java.util.Locale;

/** What a lane (row) of a journey map holds. The last four are the service-blueprint layers. */
public enum LaneKind {
    TOUCHPOINTS,
    ACTIONS,
    THOUGHTS,
    EMOTIONS,
    CHANNELS,
    PAIN_POINTS,
    OPPORTUNITIES,
    METRICS,
    CUSTOM,
    FRONTSTAGE,
    BACKSTAGE,
    SUPPORT_PROCESSES,
    PHYSICAL_EVIDENCE;

    public static LaneKind fromKey(String key) {
        if (key == null) {
            return null;
        }
        for (LaneKind kind : values()) {
            if (kind.key().equalsIgnoreCase(key) || kind.name().equalsIgnoreCase(key)) {
                return kind;
            }
        }
        return null;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Pain points and opportunities are the cards that work gets linked to. */
    public boolean isActionable() {
        return this == PAIN_POINTS || this == OPPORTUNITIES;
    }

    /** Cards of emotion lanes carry a score from {@link Limits#EMOTION_MIN} to {@link Limits#EMOTION_MAX}. */
    public boolean carriesEmotion() {
        return this == EMOTIONS;
    }

    /** Cards of touchpoint-like lanes carry the channel the interaction happens through. */
    public boolean carriesChannel() {
        return this == TOUCHPOINTS || this == FRONTSTAGE || this == CHANNELS;
    }
}
