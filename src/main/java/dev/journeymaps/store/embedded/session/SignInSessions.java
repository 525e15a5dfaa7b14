package dev.journeymaps.store.embedded.session;

import dev.journeymaps.store.AoSession;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The standalone host's sign-in sessions in the shared database: one row per signed-in browser. */
public final class SignInSessions {
    private static final String BY_HASH = SignInSessionEntity.SESSION_HASH + " = ?";

    private final AoSession ao;

    public SignInSessions(AoSession ao) {
        this.ao = ao;
    }

    public void create(StoredSession session) {
        ao.create(SignInSessionEntity.class, Map.of(
                SignInSessionEntity.SESSION_HASH, session.sessionHash(),
                "USER_KEY", session.userKey(),
                "DISPLAY_NAME", session.displayName(),
                "SEALED_CREDENTIALS", session.sealedCredentials(),
                SignInSessionEntity.CREATED_AT, session.createdAt().toEpochMilli(),
                SignInSessionEntity.LAST_SEEN_AT, session.lastSeenAt().toEpochMilli()));
    }

    public Optional<StoredSession> find(String sessionHash) {
        SignInSessionEntity[] rows = ao.find(SignInSessionEntity.class, Query.select().where(BY_HASH, sessionHash));
        if (rows.length == 0) {
            return Optional.empty();
        }
        SignInSessionEntity row = rows[0];
        return Optional.of(new StoredSession(row.getSessionHash(), row.getUserKey(), row.getDisplayName(),
                row.getSealedCredentials(), Instant.ofEpochMilli(row.getCreatedAt()), Instant.ofEpochMilli(row.getLastSeenAt())));
    }

    /** Records that the session was used at {@code at}. */
    public void touch(String sessionHash, Instant at) {
        for (SignInSessionEntity row : ao.find(SignInSessionEntity.class, Query.select().where(BY_HASH, sessionHash))) {
            row.setLastSeenAt(at.toEpochMilli());
            row.save();
        }
    }

    /** Ends one session (signing out); the user's other sessions stay. */
    public void delete(String sessionHash) {
        ao.deleteWithSQL(SignInSessionEntity.class, BY_HASH, sessionHash);
    }

    /** Removes sessions idle since before {@code idleBefore} or begun before {@code createdBefore}; returns how many. */
    public int deleteExpired(Instant idleBefore, Instant createdBefore) {
        return ao.deleteWithSQL(SignInSessionEntity.class, SignInSessionEntity.LAST_SEEN_AT + " < ? OR "
                + SignInSessionEntity.CREATED_AT + " < ?", idleBefore.toEpochMilli(), createdBefore.toEpochMilli());
    }
}
