package dev.journeymaps.web.page;

import dev.journeymaps.domain.board.MapDetails;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Project keys in page URLs are case-insensitive, as in Jira: {@code /project/newp/priorities} is answered with a
 * redirect to {@code /project/NEWP/priorities}; the picker's "open a project" form ({@code /projects?key=newp}) too.
 */
final class ProjectPaths {
    private static final Pattern PROJECT_PATH = Pattern.compile("/project/([^/]+)(/.*)?");

    private ProjectPaths() {
    }

    /** The same path with the key in upper case, when that differs and is a valid key; empty otherwise. */
    static Optional<String> canonical(String path) {
        Matcher m = PROJECT_PATH.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        String upper = m.group(1).toUpperCase(Locale.ROOT);
        if (upper.equals(m.group(1)) || !valid(upper)) {
            return Optional.empty();
        }
        return Optional.of("/project/" + upper + (m.group(2) == null ? "" : m.group(2)));
    }

    /** The project page path for a key typed into the picker's form, if it is a valid key in any case. */
    static Optional<String> typed(String key) {
        String upper = key == null ? "" : key.strip().toUpperCase(Locale.ROOT);
        return valid(upper) ? Optional.of("/project/" + upper) : Optional.empty();
    }

    private static boolean valid(String key) {
        try {
            MapDetails.validProjectKey(key);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
