// Signature-exact declaration mirroring the public javadoc of
// com.atlassian.sal.api.transaction.TransactionCallback (SAL API; https://docs.atlassian.com/sal-api/).
// Class page: https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/transaction/TransactionCallback.html
// Compile-time only: never packaged; in Jira the real interface is imported.
package com.atlassian.sal.api.transaction;

// https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/transaction/TransactionCallback.html (Jira 11.0.0)
public interface TransactionCallback<T> {

    // https://docs.atlassian.com/sal-api/latest/com/atlassian/sal/api/transaction/TransactionCallback.html#doInTransaction() (Jira 11.0.0)
    T doInTransaction();
}
