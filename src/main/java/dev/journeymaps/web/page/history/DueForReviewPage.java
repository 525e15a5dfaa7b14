package dev.journeymaps.web.page.history;

import java.util.List;

/** View model of {@code due-for-review.vm}: a project's maps that are overdue or due soon. */
public record DueForReviewPage(String projectKey, String projectUrl, String prioritiesUrl, List<ReviewRow> rows) {

    public boolean hasRows() {
        return !rows.isEmpty();
    }

    /** One map's review status, formatted. */
    public record ReviewRow(long mapId, String mapUrl, String title, String ownerName, String lastReviewed,
                            String dueIso, String dueLabel, String stateKey, String stateLabel, String daysLabel) {
    }
}
