package dev.journeymaps.app.work.tracker;

import java.util.Objects;

/**
 * An issue type a project lets the user create, as Jira names it. {@code hierarchyLevel} is Jira's: 1 for the epic
 * level, 0 for standard types (Cloud says so per type; on Data Center the Epic type of Jira Software is level 1 and the
 * others 0). {@code epic} says it is the project's epic type, the one whose children make up its progress.
 */
public record IssueType(String id, String name, int hierarchyLevel, boolean epic) {
    public IssueType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
