package dev.journeymaps.domain.work;

import java.util.List;

/** The work of one stage: how many of its pain points and opportunities have work, and how far it is. */
public record StageRollup(long stageId, int actionableCards, int cardsWithWork, int cardsDone, Progress progress) {

    /** Rolls up the statuses of the stage's cards (cards of other stages are ignored). */
    public static StageRollup of(long stageId, List<CardStatus> cards) {
        int actionable = 0;
        int withWork = 0;
        int done = 0;
        Progress progress = Progress.NONE;
        for (CardStatus card : cards) {
            if (card.card().stageId() != stageId) {
                continue;
            }
            actionable++;
            withWork += card.state().hasWork() ? 1 : 0;
            done += card.state().isWorkDone() ? 1 : 0;
            progress = progress.plus(card.progress());
        }
        return new StageRollup(stageId, actionable, withWork, done, progress);
    }
}
