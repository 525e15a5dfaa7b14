package dev.journeymaps.app;

import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.app.board.MapWriter;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Evidence;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapSummary;
import dev.journeymaps.domain.board.MapTemplate;
import dev.journeymaps.domain.board.Stage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test fake of {@link MapRepository}: everything in maps, one lock, versions honoured. A change works on
 * copies and is committed only if it completes, so a failing change leaves nothing behind.
 */
public class InMemoryMapRepository implements MapRepository {
    private final Map<Long, JourneyMap> maps = new HashMap<>();
    private final Map<Long, Stage> stages = new HashMap<>();
    private final Map<Long, Lane> lanes = new HashMap<>();
    private final Map<Long, Card> cards = new HashMap<>();
    private final Map<Long, Evidence> evidence = new HashMap<>();
    private long nextId = 1;

    @Override
    public synchronized List<String> projectKeys() {
        return maps.values().stream().map(JourneyMap::projectKey).distinct().sorted().toList();
    }

    @Override
    public synchronized List<MapSummary> listMaps(String projectKey) {
        return maps.values().stream()
                .filter(map -> map.projectKey().equals(projectKey))
                .sorted(Comparator.comparing(JourneyMap::updated).reversed().thenComparing(JourneyMap::id))
                .map(map -> {
                    MapBoard board = board(map);
                    return new MapSummary(map, board.stages().size(), board.cards().size(), board.countPainPoints());
                })
                .toList();
    }

    @Override
    public synchronized Optional<MapBoard> loadBoard(long mapId) {
        return Optional.ofNullable(maps.get(mapId)).map(this::board);
    }

    @Override
    public synchronized Optional<MapBoard> loadPart(long mapId, dev.journeymaps.app.board.BoardPart part) {
        return loadBoard(mapId).map(part::of);
    }

    @Override
    public synchronized int cardCount(long mapId) {
        return (int) cards.values().stream().filter(card -> card.mapId() == mapId).count();
    }

    @Override
    public synchronized Optional<JourneyMap> findMap(long mapId) {
        return Optional.ofNullable(maps.get(mapId));
    }

    @Override
    public synchronized JourneyMap copyMap(MapBoard source, MapDetails details, Long originMapId, String actorKey, Instant now) {
        long id = nextId++;
        JourneyMap map = new JourneyMap(id, source.map().projectKey(), details.title(), details.type(), details.scope(),
                details.ownerKey(), now, now, 1, details.personaId(), originMapId);
        maps.put(id, map);
        Map<Long, Long> ids = new HashMap<>();
        source.stages().forEach(s -> { ids.put(s.id(), nextId); stages.put(nextId, new Stage(nextId, id, s.name(), s.position())); nextId++; });
        source.lanes().forEach(l -> { ids.put(l.id(), nextId); lanes.put(nextId, new Lane(nextId, id, l.kind(), l.title(), l.position(), l.hidden())); nextId++; });
        source.cards().forEach(c -> { ids.put(c.id(), nextId); cards.put(nextId, new Card(nextId, id, ids.get(c.laneId()), ids.get(c.stageId()),
                c.position(), c.text(), c.details(), c.emotion(), c.channel())); nextId++; });
        source.evidence().forEach(e -> { evidence.put(nextId, new Evidence(nextId, id, ids.get(e.cardId()), e.content())); nextId++; });
        return map;
    }

    @Override
    public synchronized List<JourneyMap> derivedFrom(long mapId) {
        return maps.values().stream().filter(m -> Long.valueOf(mapId).equals(m.originMapId()))
                .sorted(Comparator.comparingLong(JourneyMap::id)).toList();
    }

    @Override
    public synchronized List<JourneyMap> usingPersona(long personaId) {
        return maps.values().stream().filter(m -> Long.valueOf(personaId).equals(m.personaId()))
                .sorted(Comparator.comparingLong(JourneyMap::id)).toList();
    }

    @Override
    public synchronized JourneyMap createMap(String projectKey, MapDetails details, MapTemplate template, String actorKey, Instant now) {
        long id = nextId++;
        JourneyMap map = new JourneyMap(id, projectKey, details.title(), details.type(), details.scope(), details.ownerKey(), now, now, 1,
                details.personaId(), null);
        maps.put(id, map);
        for (int i = 0; i < template.stages().size(); i++) {
            long stageId = nextId++;
            stages.put(stageId, new Stage(stageId, id, template.stages().get(i), i));
        }
        for (int i = 0; i < template.lanes().size(); i++) {
            long laneId = nextId++;
            MapTemplate.LaneSpec spec = template.lanes().get(i);
            lanes.put(laneId, new Lane(laneId, id, spec.kind(), spec.title(), i));
        }
        return map;
    }

    @Override
    public synchronized <T> T change(long mapId, long expectedVersion, dev.journeymaps.app.board.Footprint footprint,
                                     String actorKey, Instant now, MapChange<T> change) {
        // Strict whatever the footprint: this fake keeps no revisions (the store contract tests cover footprints).
        JourneyMap map = maps.get(mapId);
        if (map == null) {
            throw new NotFoundException("Journey map " + mapId + " does not exist.");
        }
        if (map.version() != expectedVersion) {
            throw new ConflictException(mapId, expectedVersion, map.version());
        }
        Writer writer = new Writer(map);
        T result = change.apply(writer);
        writer.commit(now);
        return result;
    }

    /** This fake keeps no revisions: it knows of no change. */
    @Override
    public java.util.Optional<ConflictException.Change> changedSince(long mapId, long version, String token) {
        return java.util.Optional.empty();
    }

    @Override
    public synchronized void deleteMap(long mapId, long expectedVersion) {
        JourneyMap map = maps.get(mapId);
        if (map == null) {
            throw new NotFoundException("Journey map " + mapId + " does not exist.");
        }
        if (map.version() != expectedVersion) {
            throw new ConflictException(mapId, expectedVersion, map.version());
        }
        maps.remove(mapId);
        stages.values().removeIf(stage -> stage.mapId() == mapId);
        lanes.values().removeIf(lane -> lane.mapId() == mapId);
        cards.values().removeIf(card -> card.mapId() == mapId);
        evidence.values().removeIf(e -> e.mapId() == mapId);
    }

    private MapBoard board(JourneyMap map) {
        long id = map.id();
        return new MapBoard(map,
                stages.values().stream().filter(stage -> stage.mapId() == id).toList(),
                lanes.values().stream().filter(lane -> lane.mapId() == id).toList(),
                Card.ranked(cards.values().stream().filter(card -> card.mapId() == id).toList()),
                evidence.values().stream().filter(e -> e.mapId() == id).toList());
    }

    /** Collects writes on copies; {@link #commit} applies them and moves the map to its next version. */
    private final class Writer implements MapWriter {
        private JourneyMap map;
        private final Map<Long, Stage> newStages = new HashMap<>(stages);
        private final Map<Long, Lane> newLanes = new HashMap<>(lanes);
        private final Map<Long, Card> newCards = new HashMap<>(cards);
        private final Map<Long, Evidence> newEvidence = new HashMap<>(evidence);
        private final List<Long> reserved = new ArrayList<>();

        Writer(JourneyMap map) {
            this.map = map;
        }

        private long id() {
            long id = nextId + reserved.size();
            reserved.add(id);
            return id;
        }

        @Override
        public void updateMap(MapDetails details) {
            map = map.withDetails(details, map.updated());
        }

        @Override
        public void setArchived(boolean archived) {
            map = new JourneyMap(map.id(), map.projectKey(), map.title(), map.type(), map.scope(), map.ownerKey(),
                    map.created(), map.updated(), map.version(), map.personaId(), map.originMapId(), archived);
        }

        @Override
        public long insertStage(String name, int position) {
            long id = id();
            newStages.put(id, new Stage(id, map.id(), name, position));
            return id;
        }

        @Override
        public void updateStage(Stage stage) {
            newStages.put(stage.id(), stage);
        }

        @Override
        public void deleteStage(long stageId) {
            newStages.remove(stageId);
            newCards.values().removeIf(card -> card.stageId() == stageId);
        }

        @Override
        public long insertLane(LaneKind kind, String title, int position) {
            long id = id();
            newLanes.put(id, new Lane(id, map.id(), kind, title, position));
            return id;
        }

        @Override
        public void updateLane(Lane lane) {
            newLanes.put(lane.id(), lane);
        }

        @Override
        public void deleteLane(long laneId) {
            newLanes.remove(laneId);
            newCards.values().removeIf(card -> card.laneId() == laneId);
        }

        @Override
        public long insertCard(long laneId, long stageId, int position, Card.Content content) {
            long id = id();
            newCards.put(id, new Card(id, map.id(), laneId, stageId, position, content.text(), content.details(),
                    content.emotion(), content.channel()));
            return id;
        }

        @Override
        public void updateCard(Card card) {
            newCards.put(card.id(), card.at(card.laneId(), card.stageId(), newCards.get(card.id()).position()));
        }

        @Override
        public void updateCard(Card card, int key) {
            newCards.put(card.id(), card.at(card.laneId(), card.stageId(), key));
        }

        @Override
        public List<Slot> cellOrder(long laneId, long stageId) {
            return newCards.values().stream().filter(card -> card.isIn(laneId, stageId))
                    .sorted(java.util.Comparator.comparingInt(Card::position).thenComparingLong(Card::id))
                    .map(card -> new Slot(card.id(), card.position())).toList();
        }

        @Override
        public void placeCard(long cardId, long laneId, long stageId, int key) {
            Card card = newCards.get(cardId);
            newCards.put(cardId, card.at(laneId, stageId, key));
        }

        @Override
        public long version() {
            return map.version() + 1;
        }

        @Override
        public void deleteCard(long cardId) {
            newCards.remove(cardId);
            newEvidence.values().removeIf(e -> e.cardId() == cardId);
        }

        @Override
        public long insertEvidence(long cardId, Evidence.Content content) {
            long id = id();
            newEvidence.put(id, new Evidence(id, map.id(), cardId, content));
            return id;
        }

        @Override
        public void updateEvidence(Evidence updated) {
            newEvidence.put(updated.id(), updated);
        }

        @Override
        public void deleteEvidence(long evidenceId) {
            newEvidence.remove(evidenceId);
        }

        void commit(Instant now) {
            nextId += reserved.size();
            maps.put(map.id(), map.atVersion(map.version() + 1, now));
            newEvidence.values().removeIf(e -> !newCards.containsKey(e.cardId()));
            evidence.clear();
            evidence.putAll(newEvidence);
            stages.clear();
            stages.putAll(newStages);
            lanes.clear();
            lanes.putAll(newLanes);
            cards.clear();
            cards.putAll(newCards);
        }
    }
}
