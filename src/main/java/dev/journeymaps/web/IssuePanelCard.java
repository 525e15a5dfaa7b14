package dev.journeymaps.web;

/**
 * One card of the {@link IssuePanel}: where it sits (its map, and its own address on it), how much evidence backs it,
 * and whether its map is archived (shown, marked "Archived map").
 */
public record IssuePanelCard(String mapTitle, String mapUrl, String stageName, String text, String kindLabel, int evidenceCount,
                             String cardUrl, boolean mapArchived) {

    public IssuePanelCard(String mapTitle, String mapUrl, String stageName, String text, String kindLabel, int evidenceCount,
                          String cardUrl) {
        this(mapTitle, mapUrl, stageName, text, kindLabel, evidenceCount, cardUrl, false);
    }
}
