// Signature-exact declaration of the members we call, mirroring the public javadoc of
// com.atlassian.activeobjects.external.ActiveObjects (Active Objects plugin;
// https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/ — unchanged in Jira 11's AO 6).
// Class page: https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjects.html
// Compile-time only: never packaged; in Jira the real service is imported.
package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.List;
import java.util.Map;

// https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjects.html (Jira 11.0.0)
public interface ActiveObjects {

    // https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjects.html#get(java.lang.Class,java.lang.Object) (Jira 11.0.0)
    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    // https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjects.html#create(java.lang.Class,java.util.Map) (Jira 11.0.0)
    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    // Bulk create: not in the 2.0.1 javadoc above; present in the ActiveObjects interface of the AO plugin
    // Jira 9-11 bundle (the one with getFastCountEstimate), backed by EntityManager#create(Class, List) of AO 3.x.
    // https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjects.html#create(java.lang.Class,java.util.List) (Jira 11.0.0)
    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);

    // https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjects.html#delete(net.java.ao.RawEntity...) (Jira 11.0.0)
    void delete(RawEntity<?>... entities);

    // https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjects.html#deleteWithSQL(java.lang.Class,java.lang.String,java.lang.Object...) (Jira 11.0.0)
    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    // https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjects.html#find(java.lang.Class,net.java.ao.Query) (Jira 11.0.0)
    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    // https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjects.html#count(java.lang.Class,net.java.ao.Query) (Jira 11.0.0)
    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    // https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjects.html#executeInTransaction(com.atlassian.sal.api.transaction.TransactionCallback) (Jira 11.0.0)
    <T> T executeInTransaction(TransactionCallback<T> callback);
}
