package dev.journeymaps.standalone.session;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Optional;

/** The standalone host's cookies: HttpOnly, for the whole server, {@code Secure} when it is reached over HTTPS. */
final class Cookies {
    private final boolean httpsOnly;

    /** @param httpsOnly whether the public URL is https (behind a TLS proxy the request may look plain) */
    Cookies(boolean httpsOnly) {
        this.httpsOnly = httpsOnly;
    }

    static Optional<String> value(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name)) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** A cookie that ends with the browser session; {@code value} null deletes it. */
    void set(HttpServletRequest request, HttpServletResponse response, String name, String value, String sameSite) {
        Cookie cookie = new Cookie(name, value == null ? "" : value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(httpsOnly || request.isSecure());
        cookie.setAttribute("SameSite", sameSite);
        cookie.setMaxAge(value == null ? 0 : -1);
        response.addCookie(cookie);
    }
}
