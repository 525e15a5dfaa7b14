package dev.journeymaps.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser over plain HTTP for the standalone server's tests: keeps its cookies (one jar for every port of a host,
 * as browsers do, so two nodes on 127.0.0.1 look like one site behind a load balancer), never follows redirects.
 */
final class CookieBrowser {
    private static final Pattern TOKEN = Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    HttpResponse<String> json(String method, String url, String body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> form(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The CSRF token of the sign-in page at {@code baseUrl} (fetching the page sets its cookie). */
    String csrfToken(String baseUrl) {
        Matcher csrf = TOKEN.matcher(get(baseUrl + "/login.jsp").body());
        assertThat(csrf.find()).as("the sign-in page carries a CSRF token").isTrue();
        return csrf.group(1);
    }

    /** Signs in at {@code baseUrl} with a Data Center personal access token. */
    HttpResponse<String> signIn(String baseUrl, String token) {
        return form(baseUrl + "/login.jsp", FakeJiraServer.form("atl_token", csrfToken(baseUrl), "username", "", "password", token,
                "os_destination", "/plugins/servlet/journeymaps/project/SHOP"));
    }

    HttpResponse<String> signOut(String baseUrl) {
        return form(baseUrl + "/logout", FakeJiraServer.form("atl_token", csrfToken(baseUrl)));
    }
}
