package dev.journeymaps.domain.board;

import dev.journeymaps.domain.Limits;
import dev.journeymaps.domain.Text;
import dev.journeymaps.domain.Violations;

/**
 * A card in one lane × stage cell; position is its 0-based order within that cell (its rank: the store keeps sparse
 * sort keys and hands out ranks, see {@link #ranked}). Cards of emotion
 * lanes may carry a score (−3 … +3), cards of touchpoint lanes a channel; both are null otherwise.
 */
public record Card(long id, long mapId, long laneId, long stageId, int position, String text, String details,
                   Integer emotion, Channel channel) {

    public Card {
        details = details == null ? "" : details;
    }

    public Card(long id, long mapId, long laneId, long stageId, int position, String text, String details) {
        this(id, mapId, laneId, stageId, position, text, details, null, null);
    }

    /**
     * Cards read with their stored sort keys as positions (a cell is ordered by key, then id) as cards with their
     * 0-based rank in their cell: what the domain and the pages see. Every card of each cell must be given.
     */
    public static java.util.List<Card> ranked(java.util.Collection<Card> keyed) {
        java.util.Map<java.util.List<Long>, Integer> taken = new java.util.HashMap<>();
        return keyed.stream().sorted(java.util.Comparator.comparingInt(Card::position).thenComparingLong(Card::id))
                .map(card -> card.at(card.laneId, card.stageId,
                        taken.merge(java.util.List.of(card.laneId, card.stageId), 1, Integer::sum) - 1))
                .toList();
    }

    public boolean isIn(long lane, long stage) {
        return laneId == lane && stageId == stage;
    }

    public Content content() {
        return new Content(text, details, emotion, channel);
    }

    public Card with(Content content) {
        return new Card(id, mapId, laneId, stageId, position, content.text(), content.details(), content.emotion(), content.channel());
    }

    public Card at(long newLaneId, long newStageId, int newPosition) {
        return new Card(id, mapId, newLaneId, newStageId, newPosition, text, details, emotion, channel);
    }

    /** The card as it may be in a lane of {@code kind}: a score or channel the lane cannot hold is dropped. */
    public Card fittedTo(LaneKind kind) {
        return new Card(id, mapId, laneId, stageId, position, text, details,
                kind.carriesEmotion() ? emotion : null, kind.carriesChannel() ? channel : null);
    }

    /** Validated content of a card: text required and short; details optional and long; score and channel by lane. */
    public record Content(String text, String details, Integer emotion, Channel channel) {
        public Content {
            text = Text.orEmpty(text);
            details = Text.orEmpty(details);
        }

        public Content(String text, String details) {
            this(text, details, null, null);
        }

        public Content validated() {
            new Violations()
                    .required("text", text, Limits.CARD_TEXT)
                    .maxLength("details", details, Limits.CARD_DETAILS)
                    .check(emotion == null || (emotion >= Limits.EMOTION_MIN && emotion <= Limits.EMOTION_MAX), "emotion",
                            "The emotion score is a whole number from " + Limits.EMOTION_MIN + " to +" + Limits.EMOTION_MAX + ".")
                    .throwIfAny();
            return this;
        }

        /** Validated for a card in a lane of {@code kind}: only emotion lanes score, only touchpoint lanes have channels. */
        public Content validatedFor(LaneKind kind) {
            validated();
            new Violations()
                    .check(emotion == null || kind.carriesEmotion(), "emotion", "Only cards in an emotions lane have an emotion score.")
                    .check(channel == null || kind.carriesChannel(), "channel", "Only cards in a touchpoints, frontstage or channels lane have a channel.")
                    .throwIfAny();
            return this;
        }
    }
}
