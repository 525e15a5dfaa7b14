package dev.journeymaps.standalone;

import com.sun.net.httpserver.HttpServer;
import dev.journeymaps.store.embedded.DatabaseConfig;
import dev.journeymaps.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DNS rebinding in a real browser: a page loaded from {@code evil.example:P} (the attacker's server), after which
 * the name points at the journey maps server on the same port, so the page's requests are same-origin for the
 * browser and reach our server. Chromium's {@code --host-resolver-rules} plays the attacker's DNS. The server
 * answers the rebound name with 421: the page can neither read the map nor change or delete it.
 */
class DnsRebindingBrowserIT {
    private static final String ATTACK = "<!DOCTYPE html><html><head><title>Cute cats</title></head><body><script>"
            + "window.attack = async function (mapId) {"
            + "  const api = '/rest/journeymaps/1.0/maps';"
            + "  const read = await fetch(api + '?projectKey=DEMO');"
            + "  const body = await read.text();"
            + "  const put = await fetch(api + '/' + mapId, {method: 'PUT', headers: {'Content-Type': 'application/json'},"
            + "      body: JSON.stringify({version: 1, title: 'Owned'})});"
            + "  const del = await fetch(api + '/' + mapId + '?version=1', {method: 'DELETE'});"
            + "  return {read: read.status, body: body, put: put.status, del: del.status};"
            + "};</script></body></html>";

    @TempDir
    Path dataDir;
    private WebDriver driver;
    private StandaloneServer server;

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aPageOnAReboundNameCanNeitherReadNorWriteMaps() throws Exception {
        int port = freePort();
        HttpServer attacker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        attacker.createContext("/", exchange -> {
            byte[] page = ATTACK.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html;charset=UTF-8");
            exchange.getResponseHeaders().add("Connection", "close");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        attacker.start();
        driver = HeadlessChromium.start("--host-resolver-rules=MAP evil.example 127.0.0.1");
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.get("http://evil.example:" + port + "/");
        assertThat(driver.getTitle()).isEqualTo("Cute cats");
        attacker.stop(0); // ... and the name now leads to the journey maps server

        server = startOn(port);
        RunningServer.Reply list = new CookieBrowserReply(server).get("/rest/journeymaps/1.0/maps?projectKey=DEMO");
        long mapId = list.json().get(0).get("map").get("id").asLong();
        String mapBefore = new CookieBrowserReply(server).get("/rest/journeymaps/1.0/maps/" + mapId).body();

        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; window.attack(arguments[0]).then(done, e => done({error: String(e)}));", mapId);

        assertThat(result).doesNotContainKey("error");
        assertThat(((Number) result.get("read")).intValue()).isEqualTo(421);
        assertThat((String) result.get("body")).doesNotContain("evaluation to first value");
        assertThat(((Number) result.get("put")).intValue()).isEqualTo(421);
        assertThat(((Number) result.get("del")).intValue()).isEqualTo(421);
        assertThat(new CookieBrowserReply(server).get("/rest/journeymaps/1.0/maps/" + mapId).body()).isEqualTo(mapBefore);

        // The same browser reaches the server by its own name: the 421s above are the Host rule, not a broken setup.
        driver.get(server.baseUrl() + "/rest/journeymaps/1.0/maps?projectKey=DEMO");
        assertThat(driver.getPageSource()).contains("evaluation to first value");
    }

    private StandaloneServer startOn(int port) throws InterruptedException {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 20; attempt++) { // the attacker's port may take a moment to be free again
            try {
                return StandaloneServer.start(new StandaloneConfig("127.0.0.1", port, DatabaseConfig.h2File(dataDir), true));
            } catch (RuntimeException e) {
                last = e;
                Thread.sleep(250);
            }
        }
        throw last;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Plain requests to the server by its own address, to read what the page could not. */
    private record CookieBrowserReply(StandaloneServer server) {
        RunningServer.Reply get(String path) {
            java.net.http.HttpResponse<String> response = new CookieBrowser().get(server.baseUrl() + path);
            return new RunningServer.Reply(response.statusCode(), response.body(), null);
        }
    }
}
