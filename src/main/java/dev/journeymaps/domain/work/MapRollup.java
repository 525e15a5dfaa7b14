package dev.journeymaps.domain.work;

import java.util.List;

/**
 * The work of a whole map. Coverage is the share of pain points with linked work; the counts split the
 * pain points and opportunities by {@link ActionState} ({@code done} includes {@code verifyTheFix}).
 */
public record MapRollup(int painPoints, int painPointsWithWork, int actionableCards, int unlinked, int planned,
                        int inProgress, int done, int verifyTheFix, Progress progress) {

    public static final MapRollup EMPTY = of(List.of());

    public static MapRollup of(List<CardStatus> cards) {
        int painPoints = 0;
        int painWithWork = 0;
        int[] byState = new int[ActionState.values().length];
        Progress progress = Progress.NONE;
        for (CardStatus card : cards) {
            if (card.card().isPainPoint()) {
                painPoints++;
                painWithWork += card.state().hasWork() ? 1 : 0;
            }
            byState[card.state().ordinal()]++;
            progress = progress.plus(card.progress());
        }
        int verify = byState[ActionState.VERIFY_THE_FIX.ordinal()];
        return new MapRollup(painPoints, painWithWork, cards.size(), byState[ActionState.NO_ACTION.ordinal()],
                byState[ActionState.PLANNED.ordinal()], byState[ActionState.IN_PROGRESS.ordinal()],
                byState[ActionState.DONE.ordinal()] + verify, verify, progress);
    }

    /** Share of pain points with linked work, 0 … 1 (0 on a map without pain points). */
    public double coverage() {
        return painPoints == 0 ? 0 : (double) painPointsWithWork / painPoints;
    }

    /** Share of the linked work that is done, 0 … 1. */
    public double shareDone() {
        return progress.ratio();
    }
}
