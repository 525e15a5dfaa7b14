package dev.journeymaps.domain.board;

import dev.journeymaps.domain.Text;

/**
 * The scope of a map: one persona, one journey, one goal, one purpose (the "Scope" step of the practice).
 * Empty strings stand for "not written yet"; never null.
 */
public record ScopeCard(String persona, String journey, String goal, String purpose) {

    public static final ScopeCard EMPTY = new ScopeCard("", "", "", "");

    public ScopeCard {
        persona = Text.orEmpty(persona);
        journey = Text.orEmpty(journey);
        goal = Text.orEmpty(goal);
        purpose = Text.orEmpty(purpose);
    }

    public boolean isComplete() {
        return !persona.isEmpty() && !journey.isEmpty() && !goal.isEmpty() && !purpose.isEmpty();
    }
}
