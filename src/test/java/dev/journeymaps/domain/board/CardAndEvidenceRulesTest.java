package dev.journeymaps.domain.board;

import dev.journeymaps.domain.Boards;
import dev.journeymaps.domain.Limits;
import dev.journeymaps.domain.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CardAndEvidenceRulesTest {

    @ParameterizedTest
    @ValueSource(ints = {-4, 4, 100})
    void anEmotionScoreOutsideMinusThreeToThreeIsRefused(int score) {
        assertThatThrownBy(() -> new Card.Content("Sad", "", score, null).validated())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("emotion"));
    }

    @Test
    void onlyEmotionLanesScoreAndOnlyTouchpointLanesHaveChannels() {
        assertThat(new Card.Content("Calm", "", 3, null).validatedFor(LaneKind.EMOTIONS).emotion()).isEqualTo(3);
        assertThat(new Card.Content("App", "", null, Channel.MOBILE_APP).validatedFor(LaneKind.TOUCHPOINTS).channel()).isEqualTo(Channel.MOBILE_APP);
        assertThatThrownBy(() -> new Card.Content("Slow", "", -2, null).validatedFor(LaneKind.PAIN_POINTS))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("emotion"));
        assertThatThrownBy(() -> new Card.Content("Slow", "", null, Channel.WEB).validatedFor(LaneKind.EMOTIONS))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("channel"));
    }

    @Test
    void aCardMovedToAnotherKindOfLaneDropsWhatThatLaneCannotHold() {
        Card card = new Card(1, 1, 2, 3, 0, "Anxious", "", -2, null);

        assertThat(card.fittedTo(LaneKind.PAIN_POINTS).emotion()).isNull();
        assertThat(card.fittedTo(LaneKind.EMOTIONS).emotion()).isEqualTo(-2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>", "ftp://example.com/x",
            "//example.com/x", "example.com", "https://", "http://exa mple.com", "vbscript:msgbox(1)"})
    void aSourceLinkThatIsNotAnHttpOrHttpsAddressIsRefused(String link) {
        assertThatThrownBy(() -> new Evidence.Content(EvidenceType.INTERVIEW, false, null, link, "", null).validated())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("sourceUrl"));
    }

    @Test
    void evidenceNeedsATypeAndANonNegativeCountAndAcceptsWebLinks() {
        assertThat(new Evidence.Content(EvidenceType.SURVEY, true, 0, "HTTPS://example.com/a?b=c", "", null).validated().sourceUrl())
                .isEqualTo("HTTPS://example.com/a?b=c");
        assertThatThrownBy(() -> new Evidence.Content(null, false, -1, "", "x".repeat(Limits.EVIDENCE_QUOTE + 1), null).validated())
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.fieldErrors()).containsKeys("type", "customersAffected", "quote"));
    }

    @Test
    void theMapCountsPainPointsAndOpportunitiesBackedByEvidenceAndCallsTheRestAssumptions() {
        Boards boards = new Boards(2, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES, LaneKind.THOUGHTS);
        long backed = boards.card(0, 0, null, null);
        long assumed = boards.card(0, 1, null, null);
        long opportunity = boards.card(1, 0, null, null);
        long thought = boards.card(2, 0, null, null);
        boards.evidence(backed);
        boards.evidence(backed);
        MapBoard board = boards.board();

        assertThat(board.validation()).isEqualTo(new MapBoard.Validation(1, 3));
        assertThat(board.validation().percent()).isEqualTo(33);
        assertThat(board.isAssumption(board.card(assumed).orElseThrow())).isTrue();
        assertThat(board.isAssumption(board.card(opportunity).orElseThrow())).isTrue();
        assertThat(board.isAssumption(board.card(backed).orElseThrow())).isFalse();
        assertThat(board.isAssumption(board.card(thought).orElseThrow())).isFalse();
    }
}
