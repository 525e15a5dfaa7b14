package dev.journeymaps.standalone;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * CSRF protection for the REST API, as Jira's REST layer does it: a write must be a JSON request
 * (which a cross-site form cannot send without a CORS preflight we never grant) or carry
 * {@code X-Atlassian-Token: no-check}; and if the browser names an Origin, it must be this server.
 */
final class JsonWriteGuard extends HttpFilter {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod()) || allowed(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(("{\"errorMessages\":[\"XSRF check failed: send the request as JSON "
                + "from this site.\"],\"errors\":{}}").getBytes(StandardCharsets.UTF_8));
    }

    private static boolean allowed(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, request)) {
            return false;
        }
        String type = request.getContentType();
        boolean json = type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
        boolean bodyless = "DELETE".equals(request.getMethod()) && request.getContentLengthLong() <= 0;
        return json || bodyless || "no-check".equalsIgnoreCase(request.getHeader("X-Atlassian-Token"));
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        String host = request.getHeader("Host");
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }
}
