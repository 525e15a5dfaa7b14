package dev.journeymaps.web.page.work;

import dev.journeymaps.domain.work.ActionState;

import java.util.List;

/**
 * The linked work of a pain point or opportunity as its card shows it: the action state badge, the issues'
 * lozenges and the progress bar (done / total units, an epic counting its children).
 */
public record CardWork(ActionState state, String stateLabel, List<IssueLozenge> issues, int done, int total, int percent,
                       String progressLabel, String progressAria, String jiraUrl) {

    /** Whether "Open in Jira" links the card's issues ({@code id in (…)} in Jira's issue navigator). */
    public boolean hasJiraLink() {
        return !jiraUrl.isEmpty();
    }

    public String stateKey() {
        return state.key();
    }

    public boolean verify() {
        return state == ActionState.VERIFY_THE_FIX;
    }

    public boolean hasIssues() {
        return !issues.isEmpty();
    }

    public boolean hasProgress() {
        return total > 0;
    }
}
