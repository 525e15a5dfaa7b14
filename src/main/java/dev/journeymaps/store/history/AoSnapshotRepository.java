package dev.journeymaps.store.history;

import dev.journeymaps.store.Columns;
import dev.journeymaps.store.InClause;
import dev.journeymaps.store.AoSession;
import dev.journeymaps.store.StoreException;
import dev.journeymaps.store.board.AoMapWriter;
import dev.journeymaps.store.board.Rows;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.journeymaps.app.history.SnapshotRepository;
import dev.journeymaps.domain.history.Snapshot;
import dev.journeymaps.domain.history.SnapshotBoard;
import dev.journeymaps.domain.history.SnapshotContent;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static dev.journeymaps.store.Columns.values;

/**
 * Snapshots in Active Objects. The board is stored as JSON text, so later changes to the live tables
 * never rewrite history; unknown JSON fields are ignored so older snapshots stay readable.
 */
public final class AoSnapshotRepository implements SnapshotRepository {
    private static final String SUMMARY_COLUMNS = "ID, MAP_ID, MAP_VERSION, TAKEN_AT, TAKEN_BY, LABEL";
    private static final String FORMAT = "format";
    private static final String BOARD = "board";
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Snapshots kept per map unless configured otherwise: a few years of quarterly reviews and manual snapshots. */
    public static final int DEFAULT_KEEP_PER_MAP = 100;

    private final AoSession ao;
    private final int keepPerMap;

    public AoSnapshotRepository(AoSession ao) {
        this(ao, DEFAULT_KEEP_PER_MAP);
    }

    /** @param keepPerMap how many snapshots of a map are kept: taking one more deletes the oldest beyond it */
    public AoSnapshotRepository(AoSession ao, int keepPerMap) {
        if (keepPerMap < 1) {
            throw new IllegalArgumentException("At least one snapshot per map must be kept");
        }
        this.ao = ao;
        this.keepPerMap = keepPerMap;
    }

    /** Stores the snapshot and, in the same transaction, deletes the map's oldest snapshots beyond the retention. */
    @Override
    public long saveSnapshot(long mapId, long mapVersion, Instant at, String by, String label, SnapshotContent content,
                             SnapshotBoard board) {
        long id = ao.create(MapSnapshotEntity.class, values(MapSnapshotEntity.MAP_ID, mapId, MapSnapshotEntity.MAP_VERSION, mapVersion,
                MapSnapshotEntity.TAKEN_AT, Columns.date(at), MapSnapshotEntity.TAKEN_BY, Columns.orNull(by),
                MapSnapshotEntity.LABEL, Columns.orNull(label), MapSnapshotEntity.CONTENT, write(content, board))).getID();
        List<Long> expired = snapshots(mapId).stream().skip(keepPerMap).map(Snapshot::id).toList();
        for (List<Long> chunk : InClause.chunks(expired)) {
            ao.deleteWithSQL(MapSnapshotEntity.class, InClause.of("ID", chunk), chunk.stream().map(Columns::id).toArray());
        }
        return id;
    }

    @Override
    public List<Snapshot> snapshots(long mapId) {
        return Arrays.stream(ao.find(MapSnapshotEntity.class, Query.select(SUMMARY_COLUMNS).where("MAP_ID = ?", mapId)))
                .map(row -> snapshot(row, null, null))
                .sorted(Comparator.comparing(Snapshot::takenAt).thenComparingLong(Snapshot::id).reversed())
                .toList();
    }

    @Override
    public Optional<Snapshot> snapshot(long mapId, long snapshotId) {
        MapSnapshotEntity[] rows = ao.find(MapSnapshotEntity.class,
                Query.select().where("ID = ? AND MAP_ID = ?", Columns.id(snapshotId), mapId));
        if (rows.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode json = JSON.readTree(rows[0].getContent());
            SnapshotContent content = JSON.treeToValue(json, SnapshotContent.class);
            SnapshotBoard board = json.path(FORMAT).asInt(1) >= SnapshotBoard.FORMAT && json.hasNonNull(BOARD)
                    ? JSON.treeToValue(json.get(BOARD), SnapshotPayload.class).toBoard(mapId) : null;
            return Optional.of(snapshot(rows[0], content, board));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new StoreException("A stored snapshot is not readable JSON", e);
        }
    }

    private static Snapshot snapshot(MapSnapshotEntity row, SnapshotContent content, SnapshotBoard board) {
        return new Snapshot(row.getID(), row.getMapId(), row.getMapVersion(), Columns.instant(row.getTakenAt()),
                row.getTakenBy(), row.getLabel(), content, board);
    }

    /** The diff view's fields at the top level (as format 1 stored them), plus {@code format} and {@code board} for format 2. */
    private static String write(SnapshotContent content, SnapshotBoard board) {
        try {
            ObjectNode json = JSON.valueToTree(content);
            if (board != null) {
                json.put(FORMAT, SnapshotBoard.FORMAT);
                json.set(BOARD, JSON.valueToTree(SnapshotPayload.of(board)));
            }
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new StoreException("Could not write a snapshot as JSON", e);
        }
    }
}
