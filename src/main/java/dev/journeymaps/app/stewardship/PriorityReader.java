package dev.journeymaps.app.stewardship;

import dev.journeymaps.app.Directory;
import dev.journeymaps.app.DirectoryUser;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.domain.stewardship.CardPriority;
import dev.journeymaps.domain.stewardship.CardTriage;
import dev.journeymaps.domain.stewardship.Scoring;
import dev.journeymaps.domain.work.LinkedWork;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.stewardship.MapPriorities;
import dev.journeymaps.domain.stewardship.ScoringMethod;
import dev.journeymaps.domain.history.SnapshotContent;
import dev.journeymaps.domain.ValidationException;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads what prioritization needs about a board: triage, method, evidence, linked work, owner names. */
public final class PriorityReader {
    private final TriageRepository triage;
    private final EvidenceSource evidence;
    private final LinkedWorkSource work;
    private final Directory directory;

    public PriorityReader(TriageRepository triage, EvidenceSource evidence, LinkedWorkSource work, Directory directory) {
        this.triage = triage;
        this.evidence = evidence;
        this.work = work;
        this.directory = directory;
    }

    MapPriorities read(MapBoard board) {
        return read(board, triage.scoringMethod(board.map().id()));
    }

    MapPriorities read(MapBoard board, ScoringMethod method) {
        return read(board, method, work.linkedWork(board));
    }

    /** The same with the linked work already read (the map page reads links and cache once, for status and priorities). */
    MapPriorities read(MapBoard board, ScoringMethod method, Map<Long, LinkedWork> linkedWork) {
        return MapPriorities.of(board, method, triage.triage(board.map().id()), evidence.evidence(board), linkedWork);
    }

    public SnapshotContent snapshot(MapBoard board) {
        ScoringMethod method = triage.scoringMethod(board.map().id());
        return SnapshotContent.of(board, method, read(board, method));
    }

    /** Display names of the owners of these cards, one directory look-up per distinct owner. */
    Map<String, String> ownerNames(MapPriorities priorities) {
        return names(priorities.cards().stream().map(p -> p.triage().ownerKey()).toList());
    }

    Map<String, String> names(Collection<String> keys) {
        Map<String, String> names = new LinkedHashMap<>();
        keys.stream().filter(key -> key != null && !key.isEmpty()).distinct().forEach(key ->
                names.put(key, name(key)));
        return names;
    }

    /** The people directory names come from (a use case's conflicts name their authors through it too). */
    Directory directory() {
        return directory;
    }

    /**
     * Names as shown to {@code reader}, for one answer: a user this node has not heard of is asked for as the reader
     * (Jira over REST), so authors show by name after a restart or on another node too; the key if still unknown.
     */
    public java.util.function.Function<String, String> names(dev.journeymaps.app.Actor reader) {
        Map<String, String> asked = new java.util.HashMap<>();
        return key -> key == null || key.isEmpty() ? "" : asked.computeIfAbsent(key, k -> directory.displayName(reader, k));
    }

    public String name(String key) {
        if (key == null || key.isEmpty()) {
            return "";
        }
        return directory.user(key).map(DirectoryUser::displayName).orElse(key);
    }

    /**
     * One pain point or opportunity of a {@link dev.journeymaps.app.board.BoardPart} holding it, scored with the
     * map's method from its own triage, evidence and links only: 404 if it is not on the map, 400 if it is in another lane.
     */
    CardPriority actionableCard(MapBoard part, long cardId) {
        long mapId = part.map().id();
        if (part.card(cardId).isEmpty()) {
            throw new NotFoundException("Card " + cardId + " is not part of map " + mapId + ".");
        }
        CardTriage own = triage.triageOf(mapId, cardId).orElse(CardTriage.untriaged(cardId));
        return MapPriorities.of(part, triage.scoringMethod(mapId), Map.of(cardId, own), evidence.evidence(part),
                        Map.of(cardId, work.linkedWorkOf(part, cardId)))
                .card(cardId).orElseThrow(() -> ValidationException.field("cardId",
                "Only pain points and opportunities are scored and owned; card " + cardId + " is in another lane."));
    }

    /** The card with new triage, rescored with the same method, evidence and work (what a triage write changes). */
    static CardPriority retriaged(CardPriority before, CardTriage updated, long committedVersion, java.time.Instant now) {
        return new CardPriority(before.map().atVersion(committedVersion, now), before.card(), before.lane(), before.stage(),
                updated, Scoring.score(before.score().method(), updated.scores(), before.evidence()), before.evidence(), before.work());
    }

    static CardPriority require(MapPriorities priorities, long cardId, long mapId) {
        return priorities.card(cardId).orElseThrow(() -> new NotFoundException(
                "Card " + cardId + " is not a pain point or opportunity of map " + mapId + "."));
    }
}
