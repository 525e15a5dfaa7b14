package dev.journeymaps.domain.work;

import java.util.Locale;

/**
 * Why a linked issue is not there for the user, when Jira said so: the link stays (so it can be removed) but the issue
 * is no longer open work — it counts in no progress, roll-up or action state. Signed in as the user, Jira answers a
 * deleted issue and one the user may not see alike ({@link #DELETED_OR_HIDDEN}); a host that can tell them apart (Jira
 * itself) says {@link #DELETED}.
 */
public enum IssueAbsence {
    DELETED,
    DELETED_OR_HIDDEN;

    /** {@code deleted}, {@code deleted-or-hidden}: for JSON, CSS and message keys. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
