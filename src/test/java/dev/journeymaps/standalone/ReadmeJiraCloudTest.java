package dev.journeymaps.standalone;

import dev.journeymaps.store.embedded.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.journeymaps.standalone.JiraBrowser.API;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Follows the README's "Using it with Jira Cloud" against the stand-in Jira Cloud: every flag it names exists on the
 * command line, the command it gives parses to a server for that Jira, and a user signing in with email and API token
 * as it says sees their projects, links work, and gets the sign-in form's fields it describes.
 */
class ReadmeJiraCloudTest {
    @TempDir
    Path dataDir;

    private static String section() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("### Using it with Jira Cloud");
        assertThat(start).as("the README has the section").isPositive();
        int end = readme.indexOf("\n## ", start);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    @Test
    void everyFlagTheSectionNamesExistsAndItsCommandParses() throws IOException {
        String section = section();
        CommandLine command = new CommandLine(new Main());
        Matcher flags = Pattern.compile("`?(--[a-z][a-z-]+)").matcher(section);
        int named = 0;
        while (flags.find()) {
            named++;
            assertThat(command.getCommandSpec().findOption(flags.group(1))).as(flags.group(1)).isNotNull();
        }
        assertThat(named).isGreaterThanOrEqualTo(5);
        Matcher start = Pattern.compile("`java -jar target/journey-maps.jar ([^`]+)`").matcher(section.replace("\n   ", " "));
        assertThat(start.find()).isTrue();
        CommandLine.ParseResult parsed = command.parseArgs(start.group(1).strip().split("\\s+"));
        assertThat(parsed.matchedOptionValue("--jira-url", "")).isEqualTo("https://your-site.atlassian.net");
    }

    @Test
    void aUserSignsInWithEmailAndApiTokenSeesTheirProjectsAndLinksWork() throws IOException {
        String section = section();
        assertThat(section).contains("**email**", "**token**", "`/login.jsp`", "Hidden or unavailable");
        try (FakeJiraServer cloud = new FakeJiraServer(FakeJiraServer.Flavour.CLOUD)
                .with(new FakeJiraServer.Issue(20001, "SHOP-1", "Faster checkout", "Story", "In Progress", "indeterminate"))) {
            StandaloneServer server = StandaloneServer.start(new StandaloneConfig("127.0.0.1", 0, DatabaseConfig.h2File(dataDir),
                    false, new JiraConfig(URI.create(cloud.url().toString()), "", "", JiraConfig.DEFAULT_PERMISSION_TTL,
                    Duration.ofMinutes(5)), null));
            try {
                JiraBrowser user = new JiraBrowser(server);
                String form = user.get("/login.jsp").body();
                assertThat(form).contains("Email or username", "Token or password");

                HttpResponse<String> signedIn = user.signIn("alice@example.com", "alice-token", "/login.jsp");
                assertThat(signedIn.statusCode()).isEqualTo(302);
                assertThat(user.get("/login.jsp").body()).contains("Your projects", "Shop front");
                long mapId = user.mapWithPainPointLinkedTo("SHOP-1")[0];
                assertThat(JiraBrowser.json(user.get(API + "/maps/" + mapId + "/status")).path("cards").get(0)
                        .path("links").get(0).path("issueKey").asText()).isEqualTo("SHOP-1");
            } finally {
                server.close();
            }
        }
    }
}
