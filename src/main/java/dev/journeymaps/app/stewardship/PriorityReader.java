package dev.journeymaps.app.stewardship;

import dev.journeymaps.app.Directory;
import dev.journeymaps.app.DirectoryUser;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.domain.stewardship.CardPriority;
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
        long mapId = board.map().id();
        return MapPriorities.of(board, method, triage.triage(mapId), evidence.evidence(board),
                work.linkedWork(board));
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

    public String name(String key) {
        if (key == null || key.isEmpty()) {
            return "";
        }
        return directory.user(key).map(DirectoryUser::displayName).orElse(key);
    }

    /** The card as a pain point or opportunity: 404 if it is not on the board, 400 if it is in another lane. */
    CardPriority actionable(MapBoard board, long cardId) {
        long mapId = board.map().id();
        if (board.card(cardId).isEmpty()) {
            throw new NotFoundException("Card " + cardId + " is not part of map " + mapId + ".");
        }
        return read(board).card(cardId).orElseThrow(() -> ValidationException.field("cardId",
                "Only pain points and opportunities are scored and owned; card " + cardId + " is in another lane."));
    }

    static CardPriority require(MapPriorities priorities, long cardId, long mapId) {
        return priorities.card(cardId).orElseThrow(() -> new NotFoundException(
                "Card " + cardId + " is not a pain point or opportunity of map " + mapId + "."));
    }
}
