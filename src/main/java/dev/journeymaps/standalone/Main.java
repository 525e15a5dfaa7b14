package dev.journeymaps.standalone;

import dev.journeymaps.store.embedded.DatabaseConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** Command line of the standalone server. Every option also reads an environment variable. */
@Command(name = "journey-maps", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Journey Maps for Jira, standalone: the same maps and views as the Jira app, on an "
                + "embedded database (H2 by default, PostgreSQL by JDBC URL).")
public final class Main implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "${env:JOURNEYMAPS_PORT:-8080}",
            description = "HTTP port (env JOURNEYMAPS_PORT, default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", defaultValue = "${env:JOURNEYMAPS_BIND:-127.0.0.1}",
            description = "Address to listen on (env JOURNEYMAPS_BIND, default ${DEFAULT-VALUE}). Loopback only while no Jira is configured.")
    String bind;

    @Option(names = "--data-dir", defaultValue = "${env:JOURNEYMAPS_DATA_DIR:-data}",
            description = "Folder of the embedded H2 database files (env JOURNEYMAPS_DATA_DIR, default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--db-url", defaultValue = "${env:JOURNEYMAPS_DB_URL}",
            description = "JDBC URL of a PostgreSQL database to use instead of H2, e.g. jdbc:postgresql://localhost/journeymaps (env JOURNEYMAPS_DB_URL).")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "${env:JOURNEYMAPS_DB_USER}",
            description = "Database user (env JOURNEYMAPS_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:JOURNEYMAPS_DB_PASSWORD}",
            description = "Database password (env JOURNEYMAPS_DB_PASSWORD; prefer the variable to the flag).")
    String dbPassword;

    @Option(names = "--demo", negatable = true, defaultValue = "${env:JOURNEYMAPS_DEMO:-true}", fallbackValue = "true",
            description = "Seed the demo project on an empty database; --no-demo leaves it empty (env JOURNEYMAPS_DEMO, default ${DEFAULT-VALUE}).")
    boolean demo;

    @Option(names = "--jira-url", defaultValue = "${env:JOURNEYMAPS_JIRA_URL}",
            description = "Base URL of the Jira (Cloud or Data Center) to link work in (env JOURNEYMAPS_JIRA_URL). "
                    + "With it, users sign in with their own Jira account and Jira's permissions apply; without it, "
                    + "a single local user works offline on demo issues.")
    String jiraUrl;

    @Option(names = {"--jira-user", "--jira-email"}, defaultValue = "${env:JOURNEYMAPS_JIRA_USER}",
            description = "Optional service account (Cloud: email; Data Center: username, or empty with a personal access "
                    + "token) used only to check Jira at start (env JOURNEYMAPS_JIRA_USER).")
    String jiraUser;

    @Option(names = "--jira-token", defaultValue = "${env:JOURNEYMAPS_JIRA_TOKEN}",
            description = "That account's API token or personal access token (env JOURNEYMAPS_JIRA_TOKEN; prefer the variable).")
    String jiraToken;

    @Option(names = "--issue-max-age", defaultValue = "${env:JOURNEYMAPS_ISSUE_MAX_AGE:-300}",
            description = "Seconds cached Jira issue data is shown before a map view refreshes it (env JOURNEYMAPS_ISSUE_MAX_AGE, "
                    + "default ${DEFAULT-VALUE}). Views never wait more than a few seconds for Jira.")
    long issueMaxAgeSeconds;

    @Option(names = "--jira-outage-grace", defaultValue = "${env:JOURNEYMAPS_JIRA_OUTAGE_GRACE:-1800}",
            description = "Seconds the permissions and issue visibility Jira last confirmed for a signed-in user are still used "
                    + "while Jira is down, silent or rate limiting (env JOURNEYMAPS_JIRA_OUTAGE_GRACE, default ${DEFAULT-VALUE}); "
                    + "views say Jira is unavailable meanwhile. Never past the user's session.")
    long outageGraceSeconds;

    @Option(names = "--public-url", defaultValue = "${env:JOURNEYMAPS_PUBLIC_URL}",
            description = "The URL users reach this server at, for links back to maps from Jira issues "
                    + "(env JOURNEYMAPS_PUBLIC_URL; default: the address it listens on).")
    String publicUrl;

    @Option(names = "--max-body-mb", defaultValue = "${env:JOURNEYMAPS_MAX_BODY_MB:-5}",
            description = "Largest request body accepted, in MB; larger ones get 413 before they are read "
                    + "(env JOURNEYMAPS_MAX_BODY_MB, default ${DEFAULT-VALUE}).")
    int maxBodyMegabytes;

    @Option(names = "--snapshots-per-map", defaultValue = "${env:JOURNEYMAPS_SNAPSHOTS_PER_MAP:-100}",
            description = "Snapshots kept per map; taking one more deletes the oldest (env JOURNEYMAPS_SNAPSHOTS_PER_MAP, "
                    + "default ${DEFAULT-VALUE}).")
    int snapshotsPerMap;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        DatabaseConfig database = dbUrl == null || dbUrl.isBlank()
                ? DatabaseConfig.h2File(dataDir.toAbsolutePath())
                : new DatabaseConfig(dbUrl, dbUser == null ? "" : dbUser, dbPassword == null ? "" : dbPassword);
        StandaloneServer server;
        try {
            JiraConfig jira = jiraUrl == null || jiraUrl.isBlank() ? null
                    : new JiraConfig(java.net.URI.create(jiraUrl.strip()), jiraUser, jiraToken,
                            JiraConfig.DEFAULT_PERMISSION_TTL, java.time.Duration.ofSeconds(issueMaxAgeSeconds),
                            java.time.Duration.ofSeconds(outageGraceSeconds));
            server = StandaloneServer.start(new StandaloneConfig(bind, port, database, demo, jira,
                    publicUrl == null || publicUrl.isBlank() ? null : publicUrl.strip(), maxBodyMegabytes * 1024L * 1024L, snapshotsPerMap));
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("journey-maps: " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM and Ctrl-C run shutdown hooks: stop Tomcat, then close the database so nothing is lost.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "journey-maps-shutdown"));
        System.out.println("Journey Maps is running at " + server.baseUrl() + "/  (Ctrl-C to stop)");
        stopped.await();
        return 0;
    }
}
