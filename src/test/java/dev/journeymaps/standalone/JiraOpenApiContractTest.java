package dev.journeymaps.standalone;

import dev.journeymaps.store.embedded.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dev.journeymaps.standalone.JiraBrowser.API;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11.11: every request the standalone host sends to Jira, in a session that signs in, links, views, searches and
 * creates (an epic too), maps to an operation of that flavour's published OpenAPI document, with only declared query
 * parameters and body properties, the required ones present, and no deprecated operation. The facts are our own small
 * table, {@code jira-rest/openapi-facts.tsv}, which names the documents and their versions. Experimental operations
 * are allowed but listed (Data Center's {@code /myself} is the only one).
 */
class JiraOpenApiContractTest {
    private record Operation(String flavour, String method, String template, Set<String> query, Set<String> body,
                             Set<String> required, String status) {
        boolean matches(FakeJiraServer.Received request) {
            return method.equals(request.method())
                    && request.path().matches(template.replaceAll("\\{[^}]+}", "[^/]+"));
        }
    }

    @TempDir
    Path dataDir;
    private FakeJiraServer jira;
    private StandaloneServer server;

    @AfterEach
    void stop() {
        server.close();
        jira.close();
    }

    @ParameterizedTest
    @EnumSource(FakeJiraServer.Flavour.class)
    void everyRequestIsADeclaredOperationWithDeclaredParametersAndABodyThatFits(FakeJiraServer.Flavour flavour) {
        jira = new FakeJiraServer(flavour)
                .with(new FakeJiraServer.Issue(20001, "SHOP-1", "Faster checkout", "Story", "In Progress", "indeterminate"));
        server = StandaloneServer.start(new StandaloneConfig("127.0.0.1", 0, DatabaseConfig.h2File(dataDir), false,
                new JiraConfig(jira.url(), "", "", Duration.ZERO, Duration.ZERO), null));
        JiraBrowser alice = new JiraBrowser(server);
        alice.signIn(jira, "alice");
        long[] ids = alice.mapWithPainPointLinkedTo("SHOP-1");
        alice.get(API + "/maps/" + ids[0] + "/status");
        alice.get(API + "/issues/search?q=checkout");
        alice.get(API + "/issues/search?q=SHOP-1");
        assertThat(alice.json("POST", API + "/maps/" + ids[0] + "/cards/" + ids[1] + "/issues", "{\"version\":3,\"issueType\":\"Epic\"}")
                .statusCode()).isEqualTo(201);
        alice.get(API + "/maps/" + ids[0] + "/status");
        alice.get(API + "/issues/20001/cards");
        assertThat(alice.get(API + "/projects/SEC/issue-types").statusCode()).as("the create form's issue types").isEqualTo(200);
        alice.get("/");
        alice.get(API + "/users?query=bob");
        alice.json("PUT", API + "/maps/" + ids[0] + "/owner", "{\"version\":4,\"owner\":\""
                + (flavour == FakeJiraServer.Flavour.CLOUD ? "acc-bob" : "JIRAUSER-bob") + "\"}");
        assertThat(jira.received.stream().map(FakeJiraServer.Received::path))
                .as("the session covered pickers, projects and owners").anyMatch(path -> path.contains("/user"))
                .anyMatch(path -> path.contains("/project"));

        String name = flavour == FakeJiraServer.Flavour.CLOUD ? "cloud" : "dc";
        List<Operation> operations = facts().stream().filter(op -> op.flavour().equals(name)).toList();
        List<String> experimental = new ArrayList<>();
        assertThat(jira.received).isNotEmpty();
        for (FakeJiraServer.Received request : jira.received) {
            String what = flavour + " " + request.method() + " " + request.path() + "?" + request.rawQuery() + " " + request.body();
            Operation op = operations.stream().filter(candidate -> candidate.matches(request)).findFirst().orElse(null);
            assertThat(op).as("declared operation for " + what).isNotNull();
            assertThat(op.status()).as(what).isNotEqualTo("deprecated");
            if (op.status().equals("experimental")) {
                experimental.add(op.method() + " " + op.template());
            }
            assertThat(op.query()).as("query parameters of " + what).containsAll(queryNames(request.rawQuery()));
            Set<String> sent = new HashSet<>();
            request.body().fieldNames().forEachRemaining(sent::add);
            assertThat(op.body()).as("body properties of " + what).containsAll(sent);
            assertThat(sent).as("required body properties of " + what).containsAll(op.required());
        }
        assertThat(experimental).as("experimental operations used").allMatch(op -> op.equals("GET /rest/api/2/myself"));
    }

    private static Set<String> queryNames(String raw) {
        Set<String> names = new HashSet<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                names.add(URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8));
            }
        }
        return names;
    }

    private static List<Operation> facts() {
        try (InputStream in = JiraOpenApiContractTest.class.getResourceAsStream("/jira-rest/openapi-facts.tsv")) {
            List<Operation> operations = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                operations.add(new Operation(f[0], f[1], f[2], names(f[3]), names(f[4]), names(f[5]), f[6].strip().toLowerCase(Locale.ROOT)));
            }
            return operations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> names(String column) {
        return column.strip().equals("-") ? Set.of() : new HashSet<>(Arrays.asList(column.strip().split(",")));
    }

}
