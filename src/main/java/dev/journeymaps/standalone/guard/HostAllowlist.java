package dev.journeymaps.standalone.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Answers only requests addressed to a name this server goes by, against DNS rebinding: a page on
 * {@code evil.example} whose name an attacker re-points at 127.0.0.1 is same-origin with itself, so Origin checks
 * pass, but its requests still say {@code Host: evil.example}. Allowed: the loopback names (local mode, where
 * everyone who reaches the server acts as the local user), the bound address, and the {@code --public-url}'s host.
 * With Jira and a wildcard bind but no public URL the server cannot know its names and allows any: there each user
 * needs their own session, whose cookie a browser never sends to a rebound name. Other names get 421.
 */
public final class HostAllowlist extends HttpFilter {
    static final int MISDIRECTED_REQUEST = 421;
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final Set<String> allowed;
    private final boolean anyName;

    private HostAllowlist(Set<String> allowed, boolean anyName) {
        this.allowed = Set.copyOf(allowed);
        this.anyName = anyName;
    }

    /**
     * @param bind      the address listened on
     * @param publicUrl the URL users reach the server at, or null
     * @param signInRequired whether every user signs in (a Jira is configured)
     */
    public static HostAllowlist of(String bind, String publicUrl, boolean signInRequired) {
        Set<String> names = new HashSet<>(LOOPBACK_NAMES);
        boolean wildcard = "0.0.0.0".equals(bind) || "::".equals(bind) || "[::]".equals(bind);
        if (!wildcard) {
            names.add(normalise(bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind));
        }
        if (publicUrl != null) {
            String host = URI.create(publicUrl).getHost();
            if (host == null) {
                throw new IllegalArgumentException("--public-url has no host name: " + publicUrl);
            }
            names.add(normalise(host));
        }
        return new HostAllowlist(names, signInRequired && wildcard && publicUrl == null);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (anyName || allows(request.getHeader("Host"))) {
            chain.doFilter(request, response);
            return;
        }
        response.sendError(MISDIRECTED_REQUEST);
    }

    boolean allows(String hostHeader) {
        return hostHeader != null && allowed.contains(normalise(withoutPort(hostHeader.strip())));
    }

    private static String withoutPort(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.lastIndexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    private static String normalise(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
