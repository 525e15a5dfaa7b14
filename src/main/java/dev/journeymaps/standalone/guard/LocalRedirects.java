package dev.journeymaps.standalone.guard;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The one redirect validator: a place to send a user to (after sign-in, say) is accepted only if it is a path on
 * this server. Browsers forgive a lot in a Location header — they drop TAB, CR and LF, read a backslash as a slash,
 * and take {@code //host} or {@code /\host} as another site — so instead of cleaning a value up we accept only the
 * plain shape: a single leading slash followed by printable ASCII URL characters, and the same again after
 * percent-decoding (as some proxies decode). Anything else, whitespace, control or format characters, unicode
 * slashes and schemes included, falls back to a fixed path.
 */
public final class LocalRedirects {
    /** RFC 3986 path and query characters, percent escapes included; no backslash, space, control or non-ASCII. */
    private static final Pattern PLAIN_PATH = Pattern.compile("/[A-Za-z0-9\\-._~!$&'()*+,;=:@/%?]*");
    private static final int DECODE_ROUNDS = 3;

    private LocalRedirects() {
    }

    /** {@code wanted} if it is a path on this server, else {@code fallback}. */
    public static String pathOrElse(String wanted, String fallback) {
        return isLocalPath(wanted) ? wanted : fallback;
    }

    static boolean isLocalPath(String wanted) {
        if (wanted == null || wanted.length() > 2000 || !plainLocal(wanted)) {
            return false;
        }
        // Only the path decides where a browser goes; the query may carry any (encoded) filter text.
        int query = wanted.indexOf('?');
        String path = query < 0 ? wanted : wanted.substring(0, query);
        for (int round = 0; round < DECODE_ROUNDS; round++) {
            String decoded;
            try {
                decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return false; // a broken percent escape
            }
            if (decoded.equals(path)) {
                return true;
            }
            if (!plainLocal(decoded)) {
                return false;
            }
            path = decoded;
        }
        return false; // still changing after several decodings: nothing a real link needs
    }

    private static boolean plainLocal(String value) {
        return PLAIN_PATH.matcher(value).matches() && !value.startsWith("//");
    }
}
