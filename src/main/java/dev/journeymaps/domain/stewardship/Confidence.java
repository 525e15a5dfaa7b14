package dev.journeymaps.domain.stewardship;

import dev.journeymaps.domain.board.EvidenceStrength;

/**
 * RICE confidence, taken from the evidence rather than typed in: an assumption is a coin toss, qualitative
 * evidence says why but not how many, quantitative evidence says how many. Fixed percentages keep scores
 * absolute and comparable across maps.
 */
public enum Confidence {
    /** No validated evidence: an assumption. */
    LOW(50, "assumption, no validated evidence"),
    /** Qualitative evidence only (interviews, usability tests …). */
    MEDIUM(80, "qualitative evidence"),
    /** At least one quantitative source (analytics, survey counts …). */
    HIGH(100, "quantitative evidence");

    private final int percent;
    private final String reason;

    Confidence(int percent, String reason) {
        this.percent = percent;
        this.reason = reason;
    }

    public static Confidence of(EvidenceStrength evidence) {
        if (evidence.isAssumption()) {
            return LOW;
        }
        return evidence.quantitativeItems() > 0 ? HIGH : MEDIUM;
    }

    public int percent() {
        return percent;
    }

    /** Why this level, in words: "assumption, no validated evidence". */
    public String reason() {
        return reason;
    }
}
