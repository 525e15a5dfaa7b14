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

    /** The selected impact, feasibility and RICE impact values ("" when not scored): the row's edit form is filled from them. */
    public String impact() {
        return selected(impactChoices);
    }

    public String feasibility() {
        return selected(feasibilityChoices);
    }

    public String riceImpact() {
        return selected(riceImpactChoices);
    }

    private static String selected(List<Choice> choices) {
        return choices.stream().filter(Choice::selected).map(Choice::value).findFirst().orElse("");
    }

    public boolean hasQuadrant() {
        return !quadrantKey.isEmpty();
    }
}
