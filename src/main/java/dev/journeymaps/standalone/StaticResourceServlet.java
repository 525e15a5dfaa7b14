package dev.journeymaps.standalone;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * Serves files from one classpath folder (AUI's dist, our css/js). Hand-written because Tomcat's
 * DefaultServlet wants a directory or a WAR, and the standalone server runs from plain jars.
 */
final class StaticResourceServlet extends HttpServlet {
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8", "js", "text/javascript;charset=UTF-8", "svg", "image/svg+xml",
            "png", "image/png", "woff", "font/woff", "woff2", "font/woff2", "ttf", "font/ttf",
            "eot", "application/vnd.ms-fontobject", "map", "application/json", "gif", "image/gif");

    private final String classpathRoot;

    StaticResourceServlet(String classpathRoot) {
        this.classpathRoot = classpathRoot.endsWith("/") ? classpathRoot : classpathRoot + "/";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.contains("..") || path.contains("\\") || path.endsWith("/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        try (InputStream in = StaticResourceServlet.class.getClassLoader()
                .getResourceAsStream(classpathRoot + path.substring(1))) {
            if (in == null || type == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(type);
            response.setHeader("Cache-Control", "public, max-age=300");
            response.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(response.getOutputStream());
        }
    }
}
