package dev.journeymaps.domain.work;

/**
 * The Jira work linked to a card, rolled up: how many issues, how many done, and the overall status
 * category (to do until any starts, in progress until all are done).
 *
 * <p>Seam: links to Jira issues are another branch's. Until they land every card is fed {@link #NONE}.
 */
public record LinkedWork(int issues, int done, StatusCategory status) {

    public static final LinkedWork NONE = new LinkedWork(0, 0, StatusCategory.UNKNOWN);

    public LinkedWork {
        if (issues < 0 || done < 0 || done > issues) {
            throw new IllegalArgumentException("Linked work counts must be 0 ≤ done ≤ issues");
        }
        status = status == null ? StatusCategory.UNKNOWN : status;
    }

    public boolean isLinked() {
        return issues > 0;
    }
}
