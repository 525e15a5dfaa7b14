package dev.journeymaps.store.embedded.session;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A signed-in browser of the standalone host (never created in Jira, which has its own sessions). Any node of a
 * cluster finds it by the SHA-256 of the session cookie, so a user keeps working when the load balancer switches
 * nodes. The cookie itself is not stored, and the user's Jira credentials are stored sealed with a key derived from
 * it: the table alone opens no session and reveals no token.
 */
@Table("SIGN_IN_SESSION")
public interface SignInSessionEntity extends Entity {
    String SESSION_HASH = "SESSION_HASH";
    String LAST_SEEN_AT = "LAST_SEEN_AT";
    String CREATED_AT = "CREATED_AT";

    @NotNull
    @Unique
    @Indexed
    @StringLength(64)
    String getSessionHash();

    void setSessionHash(String sessionHash);

    @NotNull
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @StringLength(255)
    String getDisplayName();

    void setDisplayName(String displayName);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSealedCredentials();

    void setSealedCredentials(String sealedCredentials);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    @NotNull
    long getLastSeenAt();

    void setLastSeenAt(long lastSeenAt);
}
