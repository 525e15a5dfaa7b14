package dev.journeymaps.store;

import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The slice of Active Objects the repositories use, implementable by both hosts: Jira's
 * {@code ActiveObjects} service and AO's own {@code EntityManager}. Failures surface as unchecked
 * exceptions whose cause chain holds the {@link java.sql.SQLException}, as in Jira.
 */
public interface AoSession {

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values);

    /** Inserts many rows as ONE batched statement (rows are not read back). */
    <T extends RawEntity<K>, K> void createAll(Class<T> type, List<Map<String, Object>> rows);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    void delete(RawEntity<?>... entities);

    /** Deletes the rows matching {@code criteria} (a WHERE clause with {@code ?} placeholders). */
    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(Supplier<T> work);
}
