package dev.journeymaps.web.page.work;

/**
 * A linked issue as Jira shows its status: a lozenge in the status category's colour ({@code lozengeClass}:
 * "" for To Do's grey, {@code aui-lozenge-current} for In Progress, {@code aui-lozenge-success} for Done),
 * the key (a link to Jira when {@code url} is set) and the summary as the tooltip.
 */
public record IssueLozenge(long issueId, String key, String url, String summary, String statusName, String categoryKey,
                           String lozengeClass) {

    public boolean hasUrl() {
        return !url.isEmpty();
    }
}
