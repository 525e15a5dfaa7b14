package dev.journeymaps.domain;

import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Channel;
import dev.journeymaps.domain.board.Evidence;
import dev.journeymaps.domain.board.EvidenceType;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.board.ScopeCard;
import dev.journeymaps.domain.board.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds small boards for domain tests: stages S0…, one lane per kind given, cards added by hand. */
public final class Boards {
    private final List<Stage> stages = new ArrayList<>();
    private final List<Lane> lanes = new ArrayList<>();
    private final List<Card> cards = new ArrayList<>();
    private final List<Evidence> evidence = new ArrayList<>();
    private long nextId = 100;

    public Boards(int stageCount, LaneKind... kinds) {
        for (int i = 0; i < stageCount; i++) {
            stages.add(new Stage(i + 1, 1, "S" + i, i));
        }
        for (int i = 0; i < kinds.length; i++) {
            lanes.add(new Lane(50 + i, 1, kinds[i], kinds[i].key(), i));
        }
    }

    public long card(int lane, int stage, Integer emotion, Channel channel) {
        long id = nextId++;
        int position = (int) cards.stream().filter(c -> c.isIn(lanes.get(lane).id(), stages.get(stage).id())).count();
        cards.add(new Card(id, 1, lanes.get(lane).id(), stages.get(stage).id(), position, "c" + id, "", emotion, channel));
        return id;
    }

    public void evidence(long cardId) {
        evidence.add(new Evidence(nextId++, 1, cardId, new Evidence.Content(EvidenceType.INTERVIEW, false, null, "", "", null)));
    }

    public MapBoard board() {
        JourneyMap map = new JourneyMap(1, "P", "Map", MapType.CURRENT_STATE, ScopeCard.EMPTY, "", Instant.EPOCH, Instant.EPOCH, 1);
        return new MapBoard(map, stages, lanes, cards, evidence);
    }
}
