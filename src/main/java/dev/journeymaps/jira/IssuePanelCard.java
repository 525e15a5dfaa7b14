package dev.journeymaps.jira;

/** One card of the issue view panel: where it sits, and how much evidence backs it. */
public record IssuePanelCard(String mapTitle, String mapUrl, String stageName, String text, String kindLabel, int evidenceCount) {
}
