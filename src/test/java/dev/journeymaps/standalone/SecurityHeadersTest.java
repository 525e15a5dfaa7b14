package dev.journeymaps.standalone;

import dev.journeymaps.store.embedded.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule: every response carries the same security headers, from one filter — pages, REST, static files, redirects,
 * the sign-in page and error answers alike — and the session cookie is {@code Secure} whenever users reach the
 * server over HTTPS (a https public URL, or a TLS proxy saying so).
 */
class SecurityHeadersTest {
    @TempDir
    Path dataDir;
    private RunningServer local;
    private StandaloneServer withJira;
    private FakeJiraServer jira;

    @AfterEach
    void stop() {
        if (local != null) {
            local.close();
        }
        if (withJira != null) {
            withJira.close();
        }
        if (jira != null) {
            jira.close();
        }
    }

    private static void assertHeaders(RawHttp.Answer answer, String what) {
        assertThat(answer.header("Content-Security-Policy")).as(what)
                .contains("frame-ancestors 'none'", "default-src 'self'", "script-src 'self'", "object-src 'none'");
        assertThat(answer.header("X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(answer.header("Referrer-Policy")).as(what).isEqualTo("same-origin");
    }

    @Test
    void everyKindOfResponseCarriesTheHeaders() {
        local = RunningServer.start(dataDir, true);
        int port = local.server.port();
        long mapId = local.get("/rest/journeymaps/1.0/maps?projectKey=DEMO").json().get(0).get("map").get("id").asLong();
        List<String> paths = List.of("/", "/plugins/servlet/journeymaps/map/" + mapId, "/plugins/servlet/journeymaps/project/DEMO",
                "/plugins/servlet/journeymaps/map/" + mapId + "/priorities", "/plugins/servlet/journeymaps/map/" + mapId + "/history",
                "/rest/journeymaps/1.0/maps/" + mapId, "/static/journey-maps/css/journey-maps.css", "/static/aui/jquery.min.js",
                "/nothing", "/rest/journeymaps/1.0/maps/999999");
        for (String path : paths) {
            assertHeaders(RawHttp.request(port, "GET", path, "127.0.0.1"), path);
        }
        assertHeaders(RawHttp.request(port, "GET", "/", "evil.example"), "421");
        assertHeaders(RawHttp.request(port, "DELETE", "/rest/journeymaps/1.0/maps/" + mapId + "?version=1", "127.0.0.1",
                "Origin: http://evil.example"), "403");
    }

    private String sessionCookie(String publicUrl, String... headers) {
        jira = new FakeJiraServer();
        withJira = StandaloneServer.start(new StandaloneConfig("127.0.0.1", 0, DatabaseConfig.h2File(dataDir), false,
                new JiraConfig(jira.url(), "", "", JiraConfig.DEFAULT_PERMISSION_TTL, Duration.ZERO), publicUrl));
        CookieBrowser browser = new CookieBrowser();
        String token = browser.csrfToken(withJira.baseUrl());
        RawHttp.Answer login = RawHttp.request(withJira.port(), "GET", "/login.jsp", "127.0.0.1");
        assertHeaders(login, "sign-in page");
        String form = "atl_token=" + token + "&username=&password=alice-pat&os_destination=%2F";
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type: application/x-www-form-urlencoded";
        all[1] = "Cookie: JOURNEYMAPS_XSRF=" + token;
        System.arraycopy(headers, 0, all, 2, headers.length);
        RawHttp.Answer signedIn = RawHttp.withBody(withJira.port(), "POST", "/login.jsp", publicUrl == null ? "127.0.0.1"
                : java.net.URI.create(publicUrl).getHost(), form, all);
        assertThat(signedIn.status()).as(signedIn.head()).isEqualTo(302);
        assertHeaders(signedIn, "redirect after sign-in");
        return signedIn.header("Set-Cookie");
    }

    @Test
    void thePlainLocalSessionCookieIsHttpOnlyAndLax() {
        assertThat(sessionCookie(null)).startsWith("JOURNEYMAPS_SESSION=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void behindAnHttpsPublicUrlTheSessionCookieIsSecure() {
        assertThat(sessionCookie("https://maps.example.org")).startsWith("JOURNEYMAPS_SESSION=").contains("Secure", "HttpOnly");
    }

    @Test
    void aTlsProxySayingHttpsMakesTheSessionCookieSecure() {
        assertThat(sessionCookie(null, "X-Forwarded-Proto: https")).startsWith("JOURNEYMAPS_SESSION=").contains("Secure", "HttpOnly");
    }
}
