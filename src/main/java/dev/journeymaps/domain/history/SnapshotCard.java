package dev.journeymaps.domain.history;

import dev.journeymaps.domain.Text;

/**
 * A card as a snapshot keeps it: its text and place by name (ids of lanes and stages mean nothing once the
 * map has moved on), its owner and score inputs, the score with its formula, the status of its work, and its
 * emotion score (null for none, and in snapshots taken before emotions were kept).
 */
public record SnapshotCard(long cardId, String text, String details, String laneKind, String laneTitle,
                           String stageName, String ownerKey, Integer impact, Integer feasibility,
                           Double score, String formula, String status, Integer emotion) {

    public SnapshotCard(long cardId, String text, String details, String laneKind, String laneTitle, String stageName,
                        String ownerKey, Integer impact, Integer feasibility, Double score, String formula, String status) {
        this(cardId, text, details, laneKind, laneTitle, stageName, ownerKey, impact, feasibility, score, formula, status, null);
    }

    public SnapshotCard {
        text = Text.orEmpty(text);
        details = Text.orEmpty(details);
        laneKind = Text.orEmpty(laneKind);
        laneTitle = Text.orEmpty(laneTitle);
        stageName = Text.orEmpty(stageName);
        ownerKey = Text.orEmpty(ownerKey);
        formula = Text.orEmpty(formula);
        status = Text.orEmpty(status);
    }
}
