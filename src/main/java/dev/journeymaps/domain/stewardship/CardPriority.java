package dev.journeymaps.domain.stewardship;

import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.EvidenceStrength;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.domain.work.LinkedWork;

/**
 * A pain point or opportunity as prioritization sees it: where it sits on which map, who owns it, its
 * score, the evidence behind it and the work linked to it.
 */
public record CardPriority(JourneyMap map, Card card, Lane lane, Stage stage, CardTriage triage, Score score,
                           EvidenceStrength evidence, LinkedWork work) {

    public Quadrant quadrant() {
        return Quadrant.of(triage.scores().impact(), triage.scores().feasibility());
    }

    public Confidence confidence() {
        return Confidence.of(evidence);
    }

    public boolean isUnowned() {
        return !triage.isOwned();
    }

    public boolean isAssumption() {
        return evidence.isAssumption();
    }

    public boolean isLinked() {
        return work.isLinked();
    }
}
