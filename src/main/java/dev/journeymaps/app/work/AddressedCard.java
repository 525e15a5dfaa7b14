package dev.journeymaps.app.work;

import dev.journeymaps.app.board.CardEvidence;
import dev.journeymaps.domain.board.LaneKind;

/**
 * A pain point or opportunity an issue addresses, as the issue view shows it: where it is (project, map,
 * stage) and how much evidence backs it ({@code evidenceCount} comes from {@link CardEvidence}). A card on an archived
 * map still shows ({@code mapArchived}): its links stay, and restoring the map brings it back into the roll-ups.
 */
public record AddressedCard(String projectKey, long mapId, String mapTitle, long cardId, String cardText,
                            LaneKind kind, String stageName, int evidenceCount, boolean mapArchived) {

    public AddressedCard(String projectKey, long mapId, String mapTitle, long cardId, String cardText,
                         LaneKind kind, String stageName, int evidenceCount) {
        this(projectKey, mapId, mapTitle, cardId, cardText, kind, stageName, evidenceCount, false);
    }
}
