package dev.journeymaps.web.page;

/**
 * A card as the map view shows it: its text, its emotion score (emotion lanes) or channel (touchpoint lanes),
 * whether it is a pain point or opportunity, and if so whether evidence backs it or it is an assumption.
 * {@code switchFromLabel} is the channel the customer came from when this touchpoint is a channel switch.
 */
public record CardView(long id, String text, String details, String emotionLabel, String emotionClass,
                       String channelKey, String channelLabel, String switchFromLabel,
                       boolean actionable, boolean assumption, int evidenceCount) {

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
