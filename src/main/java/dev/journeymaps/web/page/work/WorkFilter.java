package dev.journeymaps.web.page.work;

import dev.journeymaps.domain.work.ActionState;

import java.util.Arrays;
import java.util.Locale;

/**
 * The map view's work filter ({@code ?work=}). The buckets split the pain points and opportunities: unlinked
 * (no work), planned (work linked, none of it started: Jira's To Do), in progress (some work started, by Jira's
 * status category), done (done, or done and to verify).
 * Other cards (touchpoints, thoughts, …) never match a filter other than {@link #ALL}.
 */
public enum WorkFilter {
    ALL("all"),
    UNLINKED("unlinked"),
    PLANNED("planned"),
    IN_PROGRESS("in-progress"),
    DONE("done");

    private final String key;

    WorkFilter(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    /** Unknown or missing values filter nothing, as the map list's filters do. */
    public static WorkFilter fromKey(String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.key.equals(wanted)).findFirst().orElse(ALL);
    }

    /** Whether a card with {@code state} (null for a card that is no pain point or opportunity) stays bright. */
    public boolean shows(ActionState state) {
        if (this == ALL) {
            return true;
        }
        if (state == null) {
            return false;
        }
        return switch (this) {
            case UNLINKED -> state == ActionState.NO_ACTION;
            case PLANNED -> state == ActionState.PLANNED;
            case IN_PROGRESS -> state == ActionState.IN_PROGRESS;
            case DONE -> state.isWorkDone();
            case ALL -> true;
        };
    }
}
