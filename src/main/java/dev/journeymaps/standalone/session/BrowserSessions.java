package dev.journeymaps.standalone.session;

import dev.journeymaps.app.Actor;
import dev.journeymaps.store.embedded.session.SignInSessions;
import dev.journeymaps.store.embedded.session.StoredSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Signed-in browsers of the standalone host, kept in the shared database so that any node serves any user: a
 * session ends after {@link #IDLE} without a request, {@link #LIFETIME} after sign-in at the latest, or when its
 * own browser signs out (the user's other browsers stay signed in).
 */
public final class BrowserSessions {
    public static final String COOKIE = "JOURNEYMAPS_SESSION";
    public static final Duration IDLE = Duration.ofMinutes(30);
    public static final Duration LIFETIME = Duration.ofHours(12);
    /** Last-seen times are written at most this often per session, not on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final String RESUMED = BrowserSessions.class.getName() + ".resumed";

    private final SignInSessions store;
    private final Cookies cookies;
    private final Clock clock;

    public BrowserSessions(SignInSessions store, boolean httpsOnly, Clock clock) {
        this.store = store;
        this.cookies = new Cookies(httpsOnly);
        this.clock = clock;
    }

    /** A signed-in browser: its session's id (the database key), who it is and how it signed in to Jira. */
    public record Resumed(String id, Actor actor, JiraCredentials credentials) {
    }

    /** Starts a fresh session (a new secret: any earlier one of this browser ends), and sets its cookie. */
    public Resumed start(HttpServletRequest request, HttpServletResponse response, Actor actor, JiraCredentials credentials) {
        end(request, response);
        Instant now = clock.instant();
        store.deleteExpired(now.minus(IDLE), now.minus(LIFETIME));
        SessionSecret secret = SessionSecret.random();
        store.create(new StoredSession(secret.hash(), actor.userKey(), actor.displayName(), secret.seal(credentials.serialised()), now, now));
        cookies.set(request, response, COOKIE, secret.cookieValue(), "Lax");
        Resumed resumed = new Resumed(secret.hash(), actor, credentials);
        request.setAttribute(RESUMED, resumed);
        return resumed;
    }

    /** The browser's session, if its cookie names one that has not expired. */
    public Optional<Resumed> resume(HttpServletRequest request) {
        if (request.getAttribute(RESUMED) instanceof Resumed known) {
            return Optional.of(known);
        }
        Optional<SessionSecret> secret = Cookies.value(request, COOKIE).flatMap(SessionSecret::parse);
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        String id = secret.get().hash();
        Optional<StoredSession> stored = store.find(id);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        StoredSession session = stored.get();
        if (!session.lastSeenAt().plus(IDLE).isAfter(now) || !session.createdAt().plus(LIFETIME).isAfter(now)) {
            store.delete(id);
            return Optional.empty();
        }
        Optional<JiraCredentials> credentials = secret.get().open(session.sealedCredentials()).flatMap(JiraCredentials::deserialise);
        if (credentials.isEmpty()) {
            return Optional.empty();
        }
        if (!session.lastSeenAt().plus(TOUCH_EVERY).isAfter(now)) {
            store.touch(id, now);
        }
        Resumed resumed = new Resumed(id, new Actor(session.userKey(), session.displayName()), credentials.get());
        request.setAttribute(RESUMED, resumed);
        return Optional.of(resumed);
    }

    /** Ends a session by its id, wherever its browser is (Jira no longer accepts its credentials, say). */
    public void revoke(String id) {
        store.delete(id);
    }

    /** Ends this browser's session, if any, and deletes its cookie; returns the ended session's id. */
    public Optional<String> end(HttpServletRequest request, HttpServletResponse response) {
        request.removeAttribute(RESUMED);
        Optional<String> id = Cookies.value(request, COOKIE).flatMap(SessionSecret::parse).map(SessionSecret::hash);
        id.ifPresent(store::delete);
        if (id.isPresent()) {
            cookies.set(request, response, COOKIE, null, "Lax");
        }
        return id;
    }
}
