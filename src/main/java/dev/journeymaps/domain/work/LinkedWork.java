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

    /**
     * The work linked to each card of these links, by card id, from the issues as cached (one pass; an issue not in
     * the cache yet counts as linked work of unknown status).
     */
    public static java.util.Map<Long, LinkedWork> byCard(java.util.Collection<IssueLink> links, java.util.Map<Long, CachedIssue> issues) {
        java.util.Map<Long, java.util.List<StatusCategory>> statuses = new java.util.HashMap<>();
        for (IssueLink link : links) {
            CachedIssue issue = issues.get(link.issueId());
            statuses.computeIfAbsent(link.cardId(), id -> new java.util.ArrayList<>())
                    .add(issue == null ? StatusCategory.UNKNOWN : issue.snapshot().statusCategory());
        }
        java.util.Map<Long, LinkedWork> work = new java.util.HashMap<>();
        statuses.forEach((cardId, categories) -> work.put(cardId, rollUp(categories)));
        return work;
    }

    /** Done when all are done, in progress when any has started or some are done, to do otherwise. */
    public static LinkedWork rollUp(java.util.List<StatusCategory> statuses) {
        int done = (int) statuses.stream().filter(s -> s == StatusCategory.DONE).count();
        StatusCategory overall;
        if (done == statuses.size()) {
            overall = StatusCategory.DONE;
        } else if (done > 0 || statuses.contains(StatusCategory.IN_PROGRESS)) {
            overall = StatusCategory.IN_PROGRESS;
        } else if (statuses.stream().allMatch(s -> s == StatusCategory.TO_DO)) {
            overall = StatusCategory.TO_DO;
        } else {
            overall = StatusCategory.UNKNOWN;
        }
        return new LinkedWork(statuses.size(), done, overall);
    }
}
