package dev.journeymaps.standalone.session;

import dev.journeymaps.app.Actor;
import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import dev.journeymaps.store.embedded.session.SignInSessions;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Sessions end when idle, when too old, or on sign-out; a cookie that was not issued opens nothing. */
class BrowserSessionsTest {
    private static final Actor ALICE = new Actor("JIRAUSER-alice", "Alice");
    private static final JiraCredentials PAT = new JiraCredentials("", "alice-pat");

    @TempDir
    Path dataDir;
    private EmbeddedDatabase database;
    private Instant now = Instant.parse("2026-12-01T09:00:00Z");
    private BrowserSessions sessions;

    @BeforeEach
    void open() {
        database = EmbeddedDatabase.open(DatabaseConfig.h2File(dataDir));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        sessions = new BrowserSessions(new SignInSessions(database.session()), false, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** Signs in and returns the session cookie's value. */
    private String signIn() {
        HttpServletResponse response = mock(HttpServletResponse.class);
        sessions.start(request(null), response, ALICE, PAT);
        ArgumentCaptor<Cookie> cookie = ArgumentCaptor.forClass(Cookie.class);
        verify(response, atLeastOnce()).addCookie(cookie.capture());
        Cookie session = cookie.getAllValues().stream().filter(c -> c.getName().equals(BrowserSessions.COOKIE)).findFirst().orElseThrow();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getAttribute("SameSite")).isEqualTo("Lax");
        return session.getValue();
    }

    private static HttpServletRequest request(String cookie) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        Map<String, Object> attributes = new HashMap<>();
        when(request.getCookies()).thenReturn(cookie == null ? null : new Cookie[]{new Cookie(BrowserSessions.COOKIE, cookie)});
        when(request.getContextPath()).thenReturn("");
        when(request.getAttribute(anyString())).thenAnswer(call -> attributes.get(call.<String>getArgument(0)));
        doAnswer(call -> attributes.put(call.getArgument(0), call.getArgument(1))).when(request).setAttribute(anyString(), org.mockito.ArgumentMatchers.any());
        return request;
    }

    @Test
    void aSessionResumesWithTheCredentialsItSignedInWith() {
        String cookie = signIn();
        BrowserSessions.Resumed resumed = sessions.resume(request(cookie)).orElseThrow();
        assertThat(resumed.actor()).isEqualTo(ALICE);
        assertThat(resumed.credentials()).isEqualTo(PAT);
    }

    @Test
    void aSessionUnusedForThirtyMinutesHasEndedButUseKeepsItAlive() {
        String cookie = signIn();
        for (int i = 0; i < 6; i++) { // three hours of use, a request every 29 minutes
            now = now.plus(Duration.ofMinutes(29));
            assertThat(sessions.resume(request(cookie))).as("after %d requests", i).isPresent();
        }
        now = now.plus(BrowserSessions.IDLE);
        assertThat(sessions.resume(request(cookie))).isEmpty();
        now = now.minus(Duration.ofMinutes(10)); // and the row is gone, not just refused
        assertThat(sessions.resume(request(cookie))).isEmpty();
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverBusy() {
        String cookie = signIn();
        Instant signedIn = now;
        while (now.isBefore(signedIn.plus(BrowserSessions.LIFETIME).minus(Duration.ofMinutes(20)))) {
            now = now.plus(Duration.ofMinutes(20));
            assertThat(sessions.resume(request(cookie))).isPresent();
        }
        now = signedIn.plus(BrowserSessions.LIFETIME);
        assertThat(sessions.resume(request(cookie))).isEmpty();
    }

    @Test
    void signingOutEndsThisSessionOnly() {
        String laptop = signIn();
        String phone = signIn();
        sessions.end(request(laptop), mock(HttpServletResponse.class));
        assertThat(sessions.resume(request(laptop))).isEmpty();
        assertThat(sessions.resume(request(phone))).isPresent();
    }

    @Test
    void aCookieWeDidNotIssueOpensNothing() {
        String cookie = signIn();
        char middle = cookie.charAt(20);
        String altered = cookie.substring(0, 20) + (middle == 'A' ? 'B' : 'A') + cookie.substring(21);
        char last = cookie.charAt(cookie.length() - 1);
        String respelled = cookie.substring(0, cookie.length() - 1) + (char) (last ^ 1); // same bits, other spelling
        assertThat(sessions.resume(request(altered))).isEmpty();
        assertThat(sessions.resume(request(respelled))).isEmpty();
        assertThat(sessions.resume(request("not-a-session"))).isEmpty();
        assertThat(sessions.resume(request(null))).isEmpty();
    }
}
