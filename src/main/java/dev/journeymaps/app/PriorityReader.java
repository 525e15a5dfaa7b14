package dev.journeymaps.app;

import dev.journeymaps.domain.CardPriority;
import dev.journeymaps.domain.MapBoard;
import dev.journeymaps.domain.MapPriorities;
import dev.journeymaps.domain.ScoringMethod;
import dev.journeymaps.domain.SnapshotContent;
import dev.journeymaps.domain.ValidationException;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads what prioritization needs about a board: triage, method, evidence, linked work, owner names. */
final class PriorityReader {
    private final StewardshipPorts ports;

    PriorityReader(StewardshipPorts ports) {
        this.ports = ports;
    }

    MapPriorities read(MapBoard board) {
        return read(board, ports.triage().scoringMethod(board.map().id()));
    }

    MapPriorities read(MapBoard board, ScoringMethod method) {
        long mapId = board.map().id();
        return MapPriorities.of(board, method, ports.triage().triage(mapId), ports.evidence().evidence(board),
                ports.work().linkedWork(board));
    }

    SnapshotContent snapshot(MapBoard board) {
        ScoringMethod method = ports.triage().scoringMethod(board.map().id());
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

    String name(String key) {
        if (key == null || key.isEmpty()) {
            return "";
        }
        return ports.directory().user(key).map(DirectoryUser::displayName).orElse(key);
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
