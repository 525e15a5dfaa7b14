// Signature-exact declaration of the members we call, mirroring the public javadoc of
// com.atlassian.activeobjects.external.ActiveObjects (Active Objects plugin;
// https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/ — unchanged in Jira 11's AO 6).
// Compile-time only: never packaged; in Jira the real service is imported.
package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.List;
import java.util.Map;

public interface ActiveObjects {

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    // Bulk create: not in the 2.0.1 javadoc above; present in the ActiveObjects interface of the AO plugin
    // Jira 9-11 bundle (the one with getFastCountEstimate), backed by EntityManager#create(Class, List) of AO 3.x.
    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
