package dev.journeymaps.standalone;

import dev.journeymaps.store.embedded.DatabaseConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule: after sign-in a user is only ever sent to a path on this server. Hostile {@code os_destination} values —
 * encoded slashes, backslashes, TAB/CR/LF/VT/NUL, unicode slashes and spaces, schemes — all land on a same-origin
 * path, whether the user signs in now (POST) or is already signed in (GET).
 */
class SignInRedirectTest {
    private static FakeJiraServer jira;
    private static StandaloneServer server;
    private static CookieBrowser signedIn;

    @BeforeAll
    static void start() throws Exception {
        jira = new FakeJiraServer();
        server = StandaloneServer.start(new StandaloneConfig("127.0.0.1", 0,
                DatabaseConfig.h2File(Files.createTempDirectory("journeymaps-redirects")), false,
                new JiraConfig(jira.url(), "", "", JiraConfig.DEFAULT_PERMISSION_TTL, Duration.ZERO), null));
        signedIn = new CookieBrowser();
        assertThat(signedIn.signIn(server.baseUrl(), "alice-pat").statusCode()).isEqualTo(302);
    }

    @AfterAll
    static void stop() {
        server.close();
        jira.close();
    }

    static Stream<String> hostileDestinations() {
        return Stream.of(
                "//evil.example/phish", "///evil.example", "////evil.example", "/\\evil.example", "\\\\evil.example",
                "/\\/evil.example", "/\t/evil.example/phish", "\t//evil.example", "/\r/evil.example", "/\n/evil.example",
                "/\u000B/evil.example", "/\u0000/evil.example", "/\f/evil.example", " //evil.example", "/ /evil.example",
                "/%2F/evil.example", "/%2f%2fevil.example", "%2F%2Fevil.example", "/%5Cevil.example", "/%5C%5Cevil.example",
                "/%09/evil.example", "/%252F%252Fevil.example", "/%25252F%25252Fevil.example", "http://evil.example",
                "HTTPS://evil.example/phish", "https:evil.example", "javascript:alert(document.cookie)",
                "data:text/html,<script>alert(1)</script>", "/\u2215evil.example", "/\uFF0Fevil.example",
                "\u2215\u2215evil.example", "/\u2044evil.example", "/\u200B/evil.example", "/\u00A0/evil.example",
                "/\u3000/evil.example", "/\u202E/evil.example", "/\uFEFF/evil.example", "evil.example", "@evil.example",
                "/login.jsp\r\nSet-Cookie: stolen=1", "/%0d%0aLocation:%20http://evil.example");
    }

    @ParameterizedTest
    @MethodSource("hostileDestinations")
    void aSignedInUserIsSentToAPathOnThisServerOnly(String destination) {
        HttpResponse<String> response = signedIn.get(server.baseUrl() + "/login.jsp?os_destination=" + encode(destination));
        assertLandsHere(response);
    }

    @ParameterizedTest
    @MethodSource("hostileDestinations")
    void signingInSendsTheUserToAPathOnThisServerOnly(String destination) {
        CookieBrowser browser = new CookieBrowser();
        HttpResponse<String> response = browser.form(server.baseUrl() + "/login.jsp", FakeJiraServer.form(
                "atl_token", browser.csrfToken(server.baseUrl()), "username", "", "password", "bob-pat", "os_destination", destination));
        assertLandsHere(response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/plugins/servlet/journeymaps/project/SHOP", "/plugins/servlet/journeymaps/map/7/priorities?sort=score&filter=unowned",
            "/plugins/servlet/journeymaps/project/SHOP?q=checkout%20flow"})
    void aPathOnThisServerIsKept(String destination) {
        HttpResponse<String> response = signedIn.get(server.baseUrl() + "/login.jsp?os_destination=" + encode(destination));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).isEqualTo(destination);
    }

    private static void assertLandsHere(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        // Plain printable ASCII, one leading slash: nothing a browser could read as another host.
        assertThat(location).matches("/[\\x21-\\x7E&&[^\\\\]]*").doesNotStartWith("//");
        URI landed = URI.create(server.baseUrl()).resolve(location);
        assertThat(landed.getScheme() + "://" + landed.getAuthority()).isEqualTo(server.baseUrl());
        assertThat(location).isEqualTo("/login.jsp");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
