package dev.journeymaps.domain;

/** Length limits of user text, in characters. Kept below the database column sizes. */
public final class Limits {
    public static final int TITLE = 255;
    public static final int SCOPE_FIELD = 1000;
    public static final int STAGE_NAME = 120;
    public static final int LANE_TITLE = 120;
    public static final int CARD_TEXT = 500;
    public static final int CARD_DETAILS = 10_000;
    public static final int COMMENT_TEXT = 2000;
    public static final int MENTIONS_PER_COMMENT = 20;
    public static final int USER_KEY = 255;
    public static final int STAGES_PER_MAP = 30;
    public static final int LANES_PER_MAP = 30;
    public static final int CARDS_PER_MAP = 5_000;
    public static final int PERSONA_NAME = 120;
    public static final int PERSONA_DESCRIPTION = 1000;
    public static final int PERSONA_TEXT = 2000;
    public static final int EVIDENCE_URL = 2000;
    public static final int EVIDENCE_QUOTE = 2000;
    public static final int EVIDENCE_PER_CARD = 100;
    public static final int EMOTION_MIN = -3;
    public static final int EMOTION_MAX = 3;

    private Limits() {
    }
}
