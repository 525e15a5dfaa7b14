package dev.journeymaps.domain.history;

import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.domain.stewardship.CardPriority;
import dev.journeymaps.domain.stewardship.MapPriorities;
import dev.journeymaps.domain.stewardship.ScoringMethod;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole board at one version, with scores: what a snapshot stores (as JSON) and what diffs compare. {@code emotions}
 * says the cards carry their emotion scores (false in snapshots stored before they did: their emotions are unknown).
 */
public record SnapshotContent(String title, String type, long version, String scoringMethod,
                              List<String> stages, List<String> lanes, List<SnapshotCard> cards, boolean emotions) {

    public SnapshotContent {
        stages = List.copyOf(stages);
        lanes = List.copyOf(lanes);
        cards = List.copyOf(cards);
    }

    public SnapshotContent(String title, String type, long version, String scoringMethod,
                           List<String> stages, List<String> lanes, List<SnapshotCard> cards) {
        this(title, type, version, scoringMethod, stages, lanes, cards, false);
    }

    /** Every card of the board in board order; pain points and opportunities with their triage and score. */
    public static SnapshotContent of(MapBoard board, ScoringMethod method, MapPriorities priorities) {
        Map<Long, CardPriority> byCard = priorities.cards().stream()
                .collect(Collectors.toMap(p -> p.card().id(), Function.identity()));
        List<SnapshotCard> cards = board.stages().stream()
                .flatMap(stage -> board.lanes().stream().flatMap(lane -> board.cardsIn(lane.id(), stage.id()).stream()
                        .map(card -> card(card, lane, stage, byCard.get(card.id())))))
                .toList();
        return new SnapshotContent(board.map().title(), board.map().type().key(), board.version(), method.key(),
                board.stages().stream().map(Stage::name).toList(),
                board.lanes().stream().map(Lane::title).toList(), cards, true);
    }

    private static SnapshotCard card(Card card, Lane lane, Stage stage, CardPriority p) {
        if (p == null) {
            return new SnapshotCard(card.id(), card.text(), card.details(), lane.kind().key(), lane.title(), stage.name(),
                    "", null, null, null, "", "", card.emotion());
        }
        return new SnapshotCard(card.id(), card.text(), card.details(), lane.kind().key(), lane.title(), stage.name(),
                p.triage().ownerKey(), p.triage().scores().impact(), p.triage().scores().feasibility(),
                p.score().value(), p.score().formula(), p.isLinked() ? p.work().status().name() : "", card.emotion());
    }
}
