package dev.journeymaps.web.page.work;

import java.util.List;

/**
 * The linked work of the whole map: the roll-up in the header (coverage of pain points, share done), the stage
 * roll-up row, the work filter with how many cards it matches ({@code matchLabel}, "" when unfiltered), and the warning shown when the status is stale or Jira did not answer.
 */
public record MapWorkView(int coveragePercent, String coverageLabel, int donePercent, String doneLabel,
                          String warning, List<StageWork> stages, List<FilterLink> filters, boolean filtered, String matchLabel,
                          String jiraUrl) {

    /** Whether "Open in Jira" links the issues of all the map's cards. */
    public boolean hasJiraLink() {
        return !jiraUrl.isEmpty();
    }

    public boolean hasWarning() {
        return !warning.isEmpty();
    }
}
