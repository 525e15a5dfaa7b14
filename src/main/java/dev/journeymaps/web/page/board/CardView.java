package dev.journeymaps.web.page.board;

import dev.journeymaps.web.page.work.CardWork;

/**
 * A card as the map view shows it: its text, its emotion score (emotion lanes) or channel (touchpoint lanes),
 * whether it is a pain point or opportunity, and if so whether evidence backs it or it is an assumption.
 * {@code switchFromLabel} is the channel the customer came from when this touchpoint is a channel switch.
 * {@code work} is the linked work of a pain point or opportunity (null for other cards); {@code dimmed} says the
 * map's work filter does not match the card; {@code evidenceLabel} says how much evidence in words ("1 piece of evidence").
 */
public record CardView(long id, String text, String details, String emotionLabel, String emotionClass,
                       String channelKey, String channelLabel, String switchFromLabel,
                       boolean actionable, boolean assumption, int evidenceCount, CardWork work, boolean dimmed,
                       String evidenceLabel) {

    /** Pain points and opportunities show their linked work (even none: "No action"). */
    public boolean hasWork() {
        return work != null;
    }

    public boolean hasEmotion() {
        return !emotionLabel.isEmpty();
    }

    public boolean hasChannel() {
        return !channelKey.isEmpty();
    }

    public boolean isSwitch() {
        return !switchFromLabel.isEmpty();
    }
}
