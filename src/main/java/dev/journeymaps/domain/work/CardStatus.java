package dev.journeymaps.domain.work;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the work linked to one pain point or opportunity stands: the sum of its issues' progress and
 * its {@link ActionState}. {@code workDoneAt} is when the last linked issue became Done (null unless
 * all are).
 */
public record CardStatus(ActionableCard card, int linkedIssues, Progress progress, ActionState state, Instant workDoneAt) {

    public CardStatus {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(state, "state");
    }

    /**
     * The rule. No linked issue: NO_ACTION. All linked work done: DONE if evidence was added after the
     * last issue became Done, VERIFY_THE_FIX otherwise. Any work started (in progress, done, or an epic
     * with done children): IN_PROGRESS. Otherwise PLANNED.
     *
     * @param latestEvidence the newest evidence date of the card, empty when it has none
     */
    public static CardStatus of(ActionableCard card, List<CachedIssue> linked, Optional<Instant> latestEvidence) {
        if (linked.isEmpty()) {
            return new CardStatus(card, 0, Progress.NONE, ActionState.NO_ACTION, null);
        }
        Progress progress = linked.stream().map(issue -> issue.snapshot().progress()).reduce(Progress.NONE, Progress::plus);
        boolean allDone = linked.stream().allMatch(issue -> issue.snapshot().workCategory() == StatusCategory.DONE);
        if (allDone) {
            Instant doneAt = linked.stream().map(CachedIssue::doneSince).max(Comparator.naturalOrder()).orElseThrow();
            boolean confirmed = latestEvidence.filter(evidence -> evidence.isAfter(doneAt)).isPresent();
            return new CardStatus(card, linked.size(), progress, confirmed ? ActionState.DONE : ActionState.VERIFY_THE_FIX, doneAt);
        }
        boolean started = linked.stream().anyMatch(issue -> issue.snapshot().workCategory() != StatusCategory.TO_DO);
        return new CardStatus(card, linked.size(), progress, started ? ActionState.IN_PROGRESS : ActionState.PLANNED, null);
    }

    public long cardId() {
        return card.cardId();
    }
}
