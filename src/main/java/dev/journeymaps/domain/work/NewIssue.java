package dev.journeymaps.domain.work;

import dev.journeymaps.domain.Text;
import dev.journeymaps.domain.Violations;

/** An issue to create in Jira, e.g. an epic for a pain point. Description is plain text. */
public record NewIssue(String projectKey, String issueType, String summary, String description) {

    /** Jira's own limit on a summary. */
    public static final int SUMMARY_MAX = 255;

    public NewIssue {
        projectKey = Text.orEmpty(projectKey);
        issueType = Text.orEmpty(issueType);
        summary = Text.orEmpty(summary);
        description = Text.orEmpty(description);
    }

    public NewIssue validated() {
        new Violations()
                .required("projectKey", projectKey, 255)
                .required("issueType", issueType, 255)
                .required("summary", summary, SUMMARY_MAX)
                .check(!summary.contains("\n"), "summary", "Must be one line.")
                .throwIfAny();
        return this;
    }
}
