package dev.journeymaps.store.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeymaps.app.history.UndoLog;
import dev.journeymaps.domain.history.Undoable;
import dev.journeymaps.store.AoSession;
import dev.journeymaps.store.Columns;
import net.java.ao.Query;

import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

import static dev.journeymaps.store.Columns.values;

/** The undo log in Active Objects: one row per undoable change, what undoing needs kept as JSON ({@link UndoPayload}). */
public final class AoUndoLog implements UndoLog {
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final AoSession ao;

    public AoUndoLog(AoSession ao) {
        this.ao = ao;
    }

    @Override
    public void record(Undoable change) {
        ao.create(UndoEntryEntity.class, values(UndoEntryEntity.MAP_ID, change.mapId(), UndoEntryEntity.VERSION, change.version(),
                UndoEntryEntity.CREATED_AT, Columns.date(change.at()), UndoEntryEntity.AUTHOR_KEY, Columns.orNull(change.authorKey()),
                UndoEntryEntity.KIND, change.kind(), UndoEntryEntity.PAYLOAD, write(UndoPayload.of(change)),
                UndoEntryEntity.UNDONE, false));
    }

    @Override
    public Optional<Undoable> latest(long mapId) {
        return Arrays.stream(ao.find(UndoEntryEntity.class, Query.select()
                        .where(UndoEntryEntity.MAP_ID + " = ? AND " + UndoEntryEntity.UNDONE + " = ?", mapId, false)))
                .max(Comparator.comparingLong(UndoEntryEntity::getVersion).thenComparingInt(UndoEntryEntity::getID))
                .map(row -> read(row.getPayload()).toUndoable(row.getID(), row.getMapId(), row.getVersion(),
                        row.getAuthorKey(), Columns.instant(row.getCreatedAt())));
    }

    @Override
    public void markUndone(long id) {
        UndoEntryEntity row = ao.get(UndoEntryEntity.class, Math.toIntExact(id));
        if (row != null) {
            row.setUndone(true);
            row.save();
        }
    }

    private static String write(UndoPayload payload) {
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UndoPayload read(String text) {
        try {
            return JSON.readValue(text, UndoPayload.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
