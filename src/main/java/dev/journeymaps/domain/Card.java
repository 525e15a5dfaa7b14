package dev.journeymaps.domain;

/** A card in one lane × stage cell; position is its 0-based order within that cell. */
public record Card(long id, long mapId, long laneId, long stageId, int position, String text, String details) {

    public Card {
        details = details == null ? "" : details;
    }

    public boolean isIn(long lane, long stage) {
        return laneId == lane && stageId == stage;
    }

    /** Validated text of a card: required, short; details optional, long. */
    public record Content(String text, String details) {
        public Content {
            text = Text.orEmpty(text);
            details = Text.orEmpty(details);
        }

        public Content validated() {
            new Violations()
                    .required("text", text, Limits.CARD_TEXT)
                    .maxLength("details", details, Limits.CARD_DETAILS)
                    .throwIfAny();
            return this;
        }
    }
}
