package dev.journeymaps.standalone;

import dev.journeymaps.standalone.guard.BodyLimit;
import dev.journeymaps.store.history.AoSnapshotRepository;
import dev.journeymaps.store.embedded.DatabaseConfig;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How the standalone server runs: where it listens, which database, whether to seed the demo, which Jira
 * (null: none, a single local user), the public URL links back to the server use (null: the bound address) and
 * the largest request body accepted, and how many snapshots of a map are kept.
 */
record StandaloneConfig(String bind, int port, DatabaseConfig database, boolean seedDemo, JiraConfig jira, String publicUrl,
                        long maxBodyBytes, int snapshotsPerMap) {
    static final long DEFAULT_MAX_BODY_BYTES = BodyLimit.DEFAULT_MEGABYTES * 1024L * 1024L;

    StandaloneConfig(String bind, int port, DatabaseConfig database, boolean seedDemo) {
        this(bind, port, database, seedDemo, null, null);
    }

    StandaloneConfig(String bind, int port, DatabaseConfig database, boolean seedDemo, JiraConfig jira, String publicUrl) {
        this(bind, port, database, seedDemo, jira, publicUrl, DEFAULT_MAX_BODY_BYTES, AoSnapshotRepository.DEFAULT_KEEP_PER_MAP);
    }

    StandaloneConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
        }
        if (snapshotsPerMap < 1) {
            throw new IllegalArgumentException("--snapshots-per-map must be at least 1");
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("--max-body-mb must be at least 1");
        }
        if (publicUrl != null && !publicUrl.matches("(?i)https?://[^/?#\\s]+(/\\S*)?")) {
            throw new IllegalArgumentException("--public-url must be an http or https URL with a host name, not " + publicUrl);
        }
        if (jira == null && !isLoopback(bind)) {
            // Without Jira there is no sign-in: everyone who can reach the server acts as the local user.
            throw new IllegalArgumentException("--bind " + bind + " is not a loopback address. With no Jira "
                    + "configured the server has a single local user and must only listen on this machine "
                    + "(127.0.0.1 or ::1).");
        }
    }

    /** Whether users reach the server over HTTPS (cookies are then {@code Secure} even behind a TLS proxy). */
    boolean httpsOnly() {
        return publicUrl != null && publicUrl.regionMatches(true, 0, "https:", 0, 6);
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind " + address + " is not an address of this machine", e);
        }
    }
}
