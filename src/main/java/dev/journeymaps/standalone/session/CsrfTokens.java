package dev.journeymaps.standalone.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The sign-in forms' CSRF token, double-submitted: the form carries the value of a SameSite=Strict, HttpOnly cookie
 * that another site can neither read nor send. No server state, so a form served by one node may be posted to
 * another.
 */
public final class CsrfTokens {
    static final String COOKIE = "JOURNEYMAPS_XSRF";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Cookies cookies;

    public CsrfTokens(boolean httpsOnly) {
        this.cookies = new Cookies(httpsOnly);
    }

    /** The browser's token, issuing one (as a cookie) if it has none yet. */
    public String token(HttpServletRequest request, HttpServletResponse response) {
        Object issued = request.getAttribute(COOKIE);
        if (issued instanceof String token) {
            return token;
        }
        String token = Cookies.value(request, COOKIE).filter(value -> value.matches("[A-Za-z0-9_-]{32}")).orElse(null);
        if (token == null) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            cookies.set(request, response, COOKIE, token, "Strict");
        }
        request.setAttribute(COOKIE, token);
        return token;
    }

    /** Whether the posted {@code given} token is the one this browser's cookie holds. */
    public boolean matches(HttpServletRequest request, String given) {
        String expected = Cookies.value(request, COOKIE).orElse(null);
        return expected != null && given != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
