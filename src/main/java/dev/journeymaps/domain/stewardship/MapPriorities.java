package dev.journeymaps.domain.stewardship;

import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.EvidenceStrength;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.domain.work.LinkedWork;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pain points and opportunities of one or more maps with their triage, scores, evidence and linked
 * work: what the priorities view and the snapshots are made of.
 */
public record MapPriorities(List<CardPriority> cards) {

    public MapPriorities {
        cards = List.copyOf(cards);
    }

    /** The actionable cards of a board, scored with the map's method; missing inputs count as none. */
    public static MapPriorities of(MapBoard board, ScoringMethod method, Map<Long, CardTriage> triage,
                                   Map<Long, EvidenceStrength> evidence, Map<Long, LinkedWork> work) {
        List<CardPriority> cards = new ArrayList<>();
        for (Card card : board.cards()) {
            Lane lane = board.lane(card.laneId()).orElse(null);
            Stage stage = board.stage(card.stageId()).orElse(null);
            if (lane == null || stage == null || !lane.kind().isActionable()) {
                continue;
            }
            CardTriage t = triage.getOrDefault(card.id(), CardTriage.untriaged(card.id()));
            EvidenceStrength e = evidence.getOrDefault(card.id(), EvidenceStrength.NONE);
            cards.add(new CardPriority(board.map(), card, lane, stage, t, Scoring.score(method, t.scores(), e), e,
                    work.getOrDefault(card.id(), LinkedWork.NONE)));
        }
        return new MapPriorities(cards);
    }

    public static MapPriorities combine(Collection<MapPriorities> parts) {
        return new MapPriorities(parts.stream().flatMap(part -> part.cards().stream()).toList());
    }

    public Optional<CardPriority> card(long cardId) {
        return cards.stream().filter(p -> p.card().id() == cardId).findFirst();
    }

    /**
     * The action list: every card ranked by score (ties in board order), then filtered (a card must pass
     * every filter) and put in the requested order. Ranks do not change with the order or the filters.
     */
    public List<RankedCard> ranked(PriorityOrder order, Collection<PriorityFilter> filters) {
        List<CardPriority> byScore = cards.stream().sorted(PriorityOrder.SCORE.comparator()).toList();
        List<RankedCard> ranked = new ArrayList<>();
        for (int i = 0; i < byScore.size(); i++) {
            CardPriority p = byScore.get(i);
            ranked.add(new RankedCard(p.score().isScored() ? i + 1 : 0, p));
        }
        return ranked.stream()
                .filter(r -> filters.stream().allMatch(filter -> filter.test(r.priority())))
                .sorted((a, b) -> order.comparator().compare(a.priority(), b.priority()))
                .toList();
    }

    public long count(PriorityFilter filter) {
        return cards.stream().filter(filter::test).count();
    }

    public long scoredCount() {
        return cards.stream().filter(p -> p.score().isScored()).count();
    }
}
