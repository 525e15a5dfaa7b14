package dev.journeymaps.store.embedded;

import dev.journeymaps.store.AoSession;
import dev.journeymaps.store.StoreException;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** {@link AoSession} over AO's own {@link EntityManager}, for the standalone host. */
public final class EntityManagerSession implements AoSession {
    private final EntityManager entityManager;
    /** AO transactions do not nest; an inner {@link #inTransaction} joins the outer one, as in Jira. */
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);

    public EntityManagerSession(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        return sql(() -> entityManager.create(type, values));
    }

    @Override
    public <T extends RawEntity<K>, K> void createAll(Class<T> type, List<Map<String, Object>> rows) {
        sql(() -> {
            entityManager.create(type, rows);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return sql(() -> entityManager.get(type, key));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> entityManager.count(type, query));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        sql(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (inTransaction.get()) {
            return work.get();
        }
        inTransaction.set(true);
        try {
            return new Transaction<T>(entityManager) {
                @Override
                protected T run() {
                    return work.get();
                }
            }.execute();
        } catch (SQLException e) {
            throw new StoreException("Transaction failed: " + e.getMessage(), e);
        } finally {
            inTransaction.remove();
        }
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static <T> T sql(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
