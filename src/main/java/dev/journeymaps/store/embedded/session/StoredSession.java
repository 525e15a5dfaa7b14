package dev.journeymaps.store.embedded.session;

import java.time.Instant;

/**
 * One stored sign-in session: who, their Jira credentials sealed (see {@link SignInSessionEntity}), and when it
 * began and was last used.
 */
public record StoredSession(String sessionHash, String userKey, String displayName, String sealedCredentials,
                            Instant createdAt, Instant lastSeenAt) {
}
