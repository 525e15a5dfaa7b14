package dev.journeymaps.standalone;

import dev.journeymaps.app.work.RefreshPolicy;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The Jira the standalone server talks to. Users sign in with their own Jira credentials; the optional
 * {@code user}/{@code token} are checked once at start (so a wrong URL fails fast) and never used to read
 * issues on anyone's behalf, which would bypass their permissions.
 *
 * @param permissionTtl how long a signed-in user's project permissions are trusted before Jira is asked again
 * @param issueMaxAge   how long cached issue data is shown before a view refreshes it from Jira
 * @param outageGrace   while Jira is down, silent or rate limiting, how long the permissions and issue visibility Jira
 *                      last confirmed for a user are still used (marked); never past the user's session, and never when
 *                      Jira refuses the user (401/403)
 */
record JiraConfig(URI url, String user, String token, Duration permissionTtl, Duration issueMaxAge, Duration outageGrace) {
    static final Duration DEFAULT_PERMISSION_TTL = Duration.ofMinutes(1);

    JiraConfig {
        Objects.requireNonNull(url, "url");
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("--jira-url must be an http or https URL, not " + url);
        }
        user = user == null ? "" : user.strip();
        token = token == null ? "" : token.strip();
        permissionTtl = permissionTtl == null ? DEFAULT_PERMISSION_TTL : permissionTtl;
        issueMaxAge = issueMaxAge == null ? RefreshPolicy.DEFAULT_MAX_AGE : issueMaxAge;
        if (issueMaxAge.isNegative()) {
            throw new IllegalArgumentException("--issue-max-age must not be negative");
        }
        outageGrace = outageGrace == null ? RefreshPolicy.DEFAULT_OUTAGE_GRACE : outageGrace;
        if (outageGrace.isNegative()) {
            throw new IllegalArgumentException("--jira-outage-grace must not be negative");
        }
    }

    JiraConfig(URI url, String user, String token, Duration permissionTtl, Duration issueMaxAge) {
        this(url, user, token, permissionTtl, issueMaxAge, RefreshPolicy.DEFAULT_OUTAGE_GRACE);
    }

    JiraConfig(URI url, String user, String token) {
        this(url, user, token, DEFAULT_PERMISSION_TTL, RefreshPolicy.DEFAULT_MAX_AGE, RefreshPolicy.DEFAULT_OUTAGE_GRACE);
    }

    boolean hasServiceAccount() {
        return !token.isEmpty();
    }

    @Override
    public String toString() {
        return "JiraConfig[url=" + url + ", user=" + user + ", token=" + (token.isEmpty() ? "" : "****") + "]";
    }
}
