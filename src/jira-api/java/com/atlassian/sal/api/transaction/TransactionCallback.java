// Signature-exact declaration mirroring the public javadoc of
// com.atlassian.sal.api.transaction.TransactionCallback (SAL API; https://docs.atlassian.com/sal-api/).
// Compile-time only: never packaged; in Jira the real interface is imported.
package com.atlassian.sal.api.transaction;

public interface TransactionCallback<T> {

    T doInTransaction();
}
