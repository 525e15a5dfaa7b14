package dev.journeymaps.domain.stewardship;

import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.EvidenceStrength;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.board.Stage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MapPrioritiesTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    private static final JourneyMap MAP = new JourneyMap(1, "SHOP", "Checkout", MapType.CURRENT_STATE, null, "", T, T, 1);
    private static final Lane PAIN = new Lane(10, 1, LaneKind.PAIN_POINTS, "Pain points", 0);
    private static final Lane TOUCH = new Lane(11, 1, LaneKind.TOUCHPOINTS, "Touchpoints", 1);
    private static final Stage BROWSE = new Stage(20, 1, "Browse", 0);
    private static final Stage PAY = new Stage(21, 1, "Pay", 1);

    private static CardTriage triage(long card, String owner, Integer impact, Integer feasibility) {
        return new CardTriage(card, owner, new CardTriage.Scores(impact, feasibility, null, null, null));
    }

    private final MapBoard board = new MapBoard(MAP, List.of(BROWSE, PAY), List.of(PAIN, TOUCH), List.of(
            new Card(100, 1, 10, 20, 0, "Slow search", ""),
            new Card(101, 1, 10, 21, 0, "Coupon rejected", ""),
            new Card(102, 1, 10, 21, 1, "Address lost", ""),
            new Card(103, 1, 10, 20, 1, "Not scored yet", ""),
            new Card(104, 1, 11, 20, 0, "A touchpoint", "")));

    private final MapPriorities priorities = MapPriorities.of(board, ScoringMethod.IMPACT_FEASIBILITY, Map.of(
                    100L, triage(100, "dana", 2, 5),    // 10
                    101L, triage(101, "", 3, 3),         // 9
                    102L, triage(102, "", 5, 4)),        // 20
            Map.of(102L, new EvidenceStrength(2, 1, 40)), Map.of());

    @Test
    void onlyPainPointsAndOpportunitiesArePrioritized() {
        assertThat(priorities.cards()).extracting(p -> p.card().id()).containsExactlyInAnyOrder(100L, 101L, 102L, 103L);
    }

    @Test
    void theActionListRanksByScoreWithUnscoredCardsLastAndUnranked() {
        List<RankedCard> ranked = priorities.ranked(PriorityOrder.SCORE, Set.of());

        assertThat(ranked).extracting(r -> r.priority().card().text())
                .containsExactly("Address lost", "Slow search", "Coupon rejected", "Not scored yet");
        assertThat(ranked).extracting(RankedCard::rank).containsExactly(1, 2, 3, 0);
    }

    @Test
    void filtersKeepRanksAndEveryFilterMustMatch() {
        List<RankedCard> unownedAssumptions = priorities.ranked(PriorityOrder.SCORE, Set.of(PriorityFilter.UNOWNED, PriorityFilter.ASSUMPTION));

        assertThat(unownedAssumptions).extracting(r -> r.priority().card().text()).containsExactly("Coupon rejected", "Not scored yet");
        assertThat(unownedAssumptions).extracting(RankedCard::rank).containsExactly(3, 0);
        assertThat(priorities.count(PriorityFilter.UNOWNED)).isEqualTo(3);
        assertThat(priorities.count(PriorityFilter.UNLINKED)).isEqualTo(4);
    }

    @Test
    void otherOrdersSortByTheirColumnAndFallBackOnScore() {
        assertThat(priorities.ranked(PriorityOrder.FEASIBILITY, Set.of())).extracting(r -> r.priority().card().id())
                .containsExactly(100L, 102L, 101L, 103L);
        assertThat(priorities.ranked(PriorityOrder.STAGE, Set.of())).extracting(r -> r.priority().card().id())
                .containsExactly(100L, 103L, 101L, 102L);
        assertThat(priorities.ranked(PriorityOrder.OWNER, Set.of())).extracting(r -> r.priority().card().id())
                .containsExactly(102L, 101L, 103L, 100L);
    }

    @Test
    void eachCardKnowsItsQuadrantAndWhetherItIsAnAssumption() {
        assertThat(priorities.card(102).orElseThrow().quadrant()).isEqualTo(Quadrant.QUICK_WINS);
        assertThat(priorities.card(100).orElseThrow().quadrant()).isEqualTo(Quadrant.FILL_INS);
        assertThat(priorities.card(102).orElseThrow().isAssumption()).isFalse();
        assertThat(priorities.card(101).orElseThrow().isAssumption()).isTrue();
    }
}
