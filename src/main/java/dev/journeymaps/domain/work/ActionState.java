package dev.journeymaps.domain.work;

import java.util.Locale;

/** Where the work on a pain point or opportunity stands, from its linked issues. */
public enum ActionState {
    /** No issue is linked: nobody is working on it. */
    NO_ACTION,
    /** Linked work exists, none of it started. */
    PLANNED,
    IN_PROGRESS,
    /** All linked work is done and evidence gathered since confirms it. */
    DONE,
    /** All linked work is done, but no evidence was added since: go and check that it helped. */
    VERIFY_THE_FIX;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean hasWork() {
        return this != NO_ACTION;
    }

    public boolean isWorkDone() {
        return this == DONE || this == VERIFY_THE_FIX;
    }
}
