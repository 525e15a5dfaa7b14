package dev.journeymaps.web;

/** One card of the {@link IssuePanel}: where it sits (its map, and its own address on it), and how much evidence backs it. */
public record IssuePanelCard(String mapTitle, String mapUrl, String stageName, String text, String kindLabel, int evidenceCount,
                             String cardUrl) {
}
