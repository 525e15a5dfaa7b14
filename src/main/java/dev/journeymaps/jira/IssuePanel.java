package dev.journeymaps.jira;

import java.util.List;

/** View model of the issue view panel: the pain points and opportunities the issue addresses. */
public record IssuePanel(List<IssuePanelCard> cards) {

    public boolean hasCards() {
        return !cards.isEmpty();
    }
}
