package dev.journeymaps.web.page.stewardship;

import dev.journeymaps.web.page.Choice;
import java.util.List;

/** One pain point or opportunity in the ranked action list, formatted; choices pre-select its current inputs. */
public record PriorityRow(long cardId, long mapId, String mapTitle, String mapUrl, String rank, String text,
                          String stageName, String kindKey, String kindLabel, String score, String formula, boolean scored,
                          String ownerKey, String ownerName, boolean unowned, String workLabel, String workStatusKey,
                          boolean linked, String evidenceLabel, boolean assumption, String confidenceLabel,
                          String quadrantKey, String quadrantLabel,
                          List<Choice> impactChoices, List<Choice> feasibilityChoices, List<Choice> riceImpactChoices,
                          String reach, String effort) {

    /** The card on its map, side panel open: where the row's text links to. */
    public String cardUrl() {
        return mapUrl + "?card=" + cardId;
    }

    public boolean hasQuadrant() {
        return !quadrantKey.isEmpty();
    }
}
