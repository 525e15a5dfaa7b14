package dev.journeymaps.standalone;

import dev.journeymaps.store.embedded.DatabaseConfig;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How the standalone server runs: where it listens, which database, whether to seed the demo, which Jira
 * (null: none, a single local user) and the public URL links back to the server use (null: the bound address).
 */
record StandaloneConfig(String bind, int port, DatabaseConfig database, boolean seedDemo, JiraConfig jira, String publicUrl) {

    StandaloneConfig(String bind, int port, DatabaseConfig database, boolean seedDemo) {
        this(bind, port, database, seedDemo, null, null);
    }

    StandaloneConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
        }
        if (jira == null && !isLoopback(bind)) {
            // Without Jira there is no sign-in: everyone who can reach the server acts as the local user.
            throw new IllegalArgumentException("--bind " + bind + " is not a loopback address. With no Jira "
                    + "configured the server has a single local user and must only listen on this machine "
                    + "(127.0.0.1 or ::1).");
        }
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind " + address + " is not an address of this machine", e);
        }
    }
}
