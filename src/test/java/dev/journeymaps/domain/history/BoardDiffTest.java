package dev.journeymaps.domain.history;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Diffs between two snapshots of a map (by card id) and between two maps (by text, lane kind and stage). */
class BoardDiffTest {

    private static SnapshotCard card(long id, String text, String stage, String owner, Integer impact, Integer feasibility) {
        Double score = impact == null || feasibility == null ? null : (double) (impact * feasibility);
        return new SnapshotCard(id, text, "", "pain-points", "Pain points", stage, owner, impact, feasibility, score,
                score == null ? "" : "Impact " + impact + " × Feasibility " + feasibility + " = " + score.intValue(), "");
    }

    private static SnapshotContent board(long version, SnapshotCard... cards) {
        return new SnapshotContent("Checkout", "current-state", version, "impact-feasibility",
                List.of("Browse", "Pay"), List.of("Pain points"), List.of(cards));
    }

    @Test
    void changingAddingAndRemovingCardsBetweenTwoSnapshotsGivesExactlyThoseDifferences() {
        SnapshotContent before = board(3,
                card(1, "Address form loses input", "Pay", "", 4, 3),
                card(2, "Size chart hidden", "Browse", "dana", 2, 4),
                card(3, "No order number in e-mail", "Pay", "", null, null));
        SnapshotContent after = board(7,
                card(1, "Address form loses input", "Pay", "dana", 5, 3),   // owner and score changed
                card(2, "Size chart hidden", "Browse", "dana", 2, 4),        // unchanged
                card(4, "Coupon field rejects lowercase", "Pay", "", 3, 5)); // added; card 3 removed

        BoardDiff diff = BoardDiff.byCardId(before, after);

        assertThat(diff.added()).extracting(SnapshotCard::cardId).containsExactly(4L);
        assertThat(diff.removed()).extracting(SnapshotCard::cardId).containsExactly(3L);
        assertThat(diff.changed()).singleElement().satisfies(change -> {
            assertThat(change.after().cardId()).isEqualTo(1L);
            assertThat(change.changes()).containsExactly(
                    new BoardDiff.FieldChange("owner", "", "dana"),
                    new BoardDiff.FieldChange("impact", "4", "5"),
                    new BoardDiff.FieldChange("score", "12", "15"));
        });
    }

    @Test
    void aSnapshotComparedWithItselfHasNoDifferences() {
        SnapshotContent board = board(1, card(1, "A", "Pay", "", 1, 1), card(2, "B", "Pay", "", null, null));

        assertThat(BoardDiff.byCardId(board, board).isEmpty()).isTrue();
    }

    @Test
    void aCardMovedToAnotherStageOrRenamedIsAChangeWithinAMap() {
        SnapshotContent before = board(1, card(1, "Slow page", "Browse", "", null, null));
        SnapshotContent after = board(2, card(1, "Very slow page", "Pay", "", null, null));

        assertThat(BoardDiff.byCardId(before, after).changed()).singleElement()
                .satisfies(change -> assertThat(change.changes()).extracting(BoardDiff.FieldChange::field).containsExactly("text", "stage"));
    }

    @Test
    void acrossMapsCardsMatchByTextLaneKindAndStageNameIgnoringCaseAndSpacingAndOnlyTheJourneyCounts() {
        SnapshotContent current = board(9,
                card(11, "Address form loses input", "Pay", "", 4, 3),
                card(12, "Size chart hidden", "Browse", "", 2, 4));
        SnapshotContent future = board(2,
                card(51, "address form  loses input", "pay", "dana", null, null), // the same card: its owner and scores are the future map's own
                card(52, "One-tap reorder", "Pay", "", null, null));        // new in the future state

        BoardDiff diff = BoardDiff.byContent(current, future);

        assertThat(diff.added()).extracting(SnapshotCard::text).containsExactly("One-tap reorder");
        assertThat(diff.removed()).extracting(SnapshotCard::text).containsExactly("Size chart hidden");
        assertThat(diff.changed()).singleElement().satisfies(change ->
                assertThat(change.changes()).extracting(BoardDiff.FieldChange::field).containsExactly("text", "stage"));
    }

    private static SnapshotCard feeling(long id, String text, Integer emotion) {
        return new SnapshotCard(id, text, "", "emotions", "Emotions", "Pay", "", null, null, null, "", "", emotion);
    }

    private static SnapshotContent withEmotions(boolean kept, SnapshotCard... cards) {
        return new SnapshotContent("Checkout", "current-state", 1, "impact-feasibility",
                List.of("Pay"), List.of("Emotions"), List.of(cards), kept);
    }

    @Test
    void anEmotionChangeIsAChangeBetweenMapsAndSnapshotsThatKeptEmotions() {
        SnapshotContent current = withEmotions(true, feeling(1, "Anxious at payment", -2), feeling(2, "Relieved", 1));
        SnapshotContent future = withEmotions(true, feeling(7, "Anxious at payment", 1), feeling(8, "Relieved", 1));

        assertThat(BoardDiff.byContent(current, future).changed()).singleElement().satisfies(change ->
                assertThat(change.changes()).containsExactly(new BoardDiff.FieldChange("emotion", "-2", "+1")));
        assertThat(BoardDiff.byCardId(current, withEmotions(true, feeling(1, "Anxious at payment", 0), feeling(2, "Relieved", 1)))
                .changed()).singleElement().satisfies(change ->
                assertThat(change.changes()).containsExactly(new BoardDiff.FieldChange("emotion", "-2", "0")));
    }

    @Test
    void aSnapshotFromBeforeEmotionsWereKeptShowsNoEmotionChange() {
        SnapshotContent old = withEmotions(false, feeling(1, "Anxious at payment", null));
        SnapshotContent now = withEmotions(true, feeling(1, "Anxious at payment", -2));

        assertThat(BoardDiff.byCardId(old, now).isEmpty()).isTrue();
    }
}
