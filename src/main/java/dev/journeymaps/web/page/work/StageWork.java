package dev.journeymaps.web.page.work;

/** A stage's cell in the roll-up row: how many of its pain points and opportunities have work, and how far it is. */
public record StageWork(long stageId, String stageName, String label, int done, int total, int percent, String progressLabel,
                        String progressAria, String jiraUrl) {

    /** Whether "Open in Jira" links the issues of the stage's cards. */
    public boolean hasJiraLink() {
        return !jiraUrl.isEmpty();
    }

    public boolean hasProgress() {
        return total > 0;
    }
}
