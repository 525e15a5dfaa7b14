package dev.journeymaps.domain.work;

/** Where an issue's status sits in Jira's fixed three-step workflow colouring, whatever the workflow. */
public enum StatusCategory {
    TO_DO,
    IN_PROGRESS,
    DONE,
    UNKNOWN;

    /** Maps Jira's status category key ({@code new}, {@code indeterminate}, {@code done}, {@code undefined}). */
    public static StatusCategory fromJiraKey(String key) {
        if (key == null) {
            return UNKNOWN;
        }
        return switch (key) {
            case "new" -> TO_DO;
            case "indeterminate" -> IN_PROGRESS;
            case "done" -> DONE;
            default -> UNKNOWN;
        };
    }
}
