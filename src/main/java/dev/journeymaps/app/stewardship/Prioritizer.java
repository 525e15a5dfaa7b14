package dev.journeymaps.app.stewardship;

import dev.journeymaps.app.AuditTrail;
import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.ConflictException;
import dev.journeymaps.app.board.BoardPart;
import dev.journeymaps.app.board.Footprint;
import dev.journeymaps.app.board.MapAccess;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.domain.AuditEntry;
import dev.journeymaps.domain.stewardship.CardPriority;
import dev.journeymaps.domain.stewardship.CardTriage;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.stewardship.MapPriorities;
import dev.journeymaps.domain.board.MapSummary;
import dev.journeymaps.domain.stewardship.ScoringMethod;
import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.domain.work.LinkedWork;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Use cases of prioritization: the scored pain points and opportunities of a map or a project, scoring a
 * card, and choosing a map's scoring method. Every write is versioned with the map and audited.
 */
public class Prioritizer {
    private final MapRepository repository;
    private final MapAccess access;
    private final Clock clock;
    private final TriageRepository triage;
    private final AuditTrail audit;
    private final PriorityReader reader;

    public Prioritizer(MapRepository repository, AccessPolicy policy, Clock clock,
                       TriageRepository triage, AuditTrail audit, PriorityReader reader) {
        this.repository = repository;
        this.access = new MapAccess(repository, policy, reader.directory());
        this.clock = clock;
        this.triage = triage;
        this.audit = audit;
        this.reader = reader;
    }

    public PriorityReport mapPriorities(Actor actor, long mapId) {
        return prioritiesOf(access.viewable(actor, mapId));
    }

    /** The same, for a board the caller has just loaded (the map page): the permission is checked again, not the load. */
    public PriorityReport mapPriorities(Actor actor, MapBoard board) {
        access.requireView(actor, board.map().projectKey());
        return prioritiesOf(board);
    }

    /** The same, with the board's linked work as the caller already read it (the map page's status). */
    public PriorityReport mapPriorities(Actor actor, MapBoard board, Map<Long, LinkedWork> linkedWork) {
        access.requireView(actor, board.map().projectKey());
        ScoringMethod method = triage.scoringMethod(board.map().id());
        return report(board, method, reader.read(board, method, linkedWork));
    }

    private PriorityReport prioritiesOf(MapBoard board) {
        ScoringMethod method = triage.scoringMethod(board.map().id());
        return report(board, method, reader.read(board, method));
    }

    private PriorityReport report(MapBoard board, ScoringMethod method, MapPriorities priorities) {
        long mapId = board.map().id();
        return new PriorityReport(board.map().projectKey(), List.of(board.map()), Map.of(mapId, method), priorities,
                reader.ownerNames(priorities));
    }

    /** Every map of the project; one load per map (a project has few maps), never one query per card. */
    public PriorityReport projectPriorities(Actor actor, String projectKey) {
        String key = MapDetails.validProjectKey(projectKey);
        access.requireView(actor, key);
        List<JourneyMap> maps = new ArrayList<>();
        Map<Long, ScoringMethod> methods = new LinkedHashMap<>();
        List<MapPriorities> parts = new ArrayList<>();
        for (MapSummary summary : repository.listMaps(key)) {
            if (summary.map().archived()) {
                continue; // an archived map is out of the project's roll-ups until restored
            }
            repository.loadBoard(summary.map().id()).ifPresent(board -> {
                ScoringMethod method = triage.scoringMethod(board.map().id());
                maps.add(board.map());
                methods.put(board.map().id(), method);
                parts.add(reader.read(board, method));
            });
        }
        MapPriorities all = MapPriorities.combine(parts);
        return new PriorityReport(key, maps, methods, all, reader.ownerNames(all));
    }

    /**
     * Sets a pain point's or opportunity's score inputs; returns it rescored, its map header at the version the write
     * committed. Reads and writes only the card's own rows. Out-of-range input: 400, nothing changes.
     */
    public CardPriority scoreCard(Actor actor, long mapId, long version, long cardId, CardTriage.Scores scores) {
        CardTriage.Scores valid = scores.validated();
        MapBoard card = access.editable(actor, mapId, version, BoardPart.card(cardId));
        CardPriority before = reader.actionableCard(card, cardId);
        Instant now = clock.instant();
        CardPriority after = PriorityReader.retriaged(before, before.triage().withScores(valid), version, now);
        long committed;
        try {
            committed = repository.change(mapId, version, Footprint.card(cardId), actor.userKey(), now, writer -> {
                triage.saveTriage(mapId, after.triage());
                audit.append(new AuditEntry(mapId, writer.version(), now, actor.userKey(), "card.scored",
                        before.card().text(), after.score().formula() + " (was: "
                                + (before.score().isScored() ? before.score().formula() : "not scored") + ")", cardId));
                return writer.version();
            });
        } catch (ConflictException e) {
            throw access.named(Footprint.named(e, card), actor);
        }
        return PriorityReader.retriaged(before, after.triage(), committed, now);
    }

    public ScoringMethod chooseScoringMethod(Actor actor, long mapId, long version, ScoringMethod method) {
        if (method == null) {
            throw ValidationException.field("method", "Choose impact-feasibility or rice.");
        }
        MapBoard board = access.editable(actor, mapId, version, BoardPart.grid());
        ScoringMethod before = triage.scoringMethod(mapId);
        Instant now = clock.instant();
        try {
            repository.change(mapId, version, actor.userKey(), now, writer -> {
                triage.saveScoringMethod(mapId, method);
                audit.append(new AuditEntry(mapId, version + 1, now, actor.userKey(), "map.scoring",
                        board.map().title(), "Scoring method: " + method.key() + " (was: " + before.key() + ")"));
                return null;
            });
        } catch (ConflictException e) {
            throw access.named(e, actor);
        }
        return method;
    }
}
