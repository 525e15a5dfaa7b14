package dev.journeymaps.store.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.journeymaps.store.AoSession;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@link AoSession} over Jira's {@link ActiveObjects} service. Jira creates the tables from the
 * descriptor's {@code <ao>} module and runs {@link #inTransaction} in its own transaction, which a
 * runtime exception rolls back; nested calls join the outer transaction.
 */
public final class ActiveObjectsSession implements AoSession {
    private final ActiveObjects ao;

    public ActiveObjectsSession(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        return ao.create(type, values);
    }

    @Override
    public <T extends RawEntity<K>, K> void createAll(Class<T> type, List<Map<String, Object>> rows) {
        ao.create(type, rows);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return ao.find(type, query);
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return ao.get(type, key);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return ao.count(type, query);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        ao.delete(entities);
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return ao.deleteWithSQL(type, criteria, parameters);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }
}
