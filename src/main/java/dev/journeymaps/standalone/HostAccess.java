package dev.journeymaps.standalone;

import dev.journeymaps.standalone.jira.DaemonPool;
import dev.journeymaps.standalone.jira.JiraPermissions;
import dev.journeymaps.standalone.jira.JiraUserDirectory;
import dev.journeymaps.standalone.demo.DemoIssueTracker;
import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Directory;
import dev.journeymaps.app.work.IssueCache;
import dev.journeymaps.app.work.RefreshPolicy;
import dev.journeymaps.app.work.tracker.IssueTrackers;
import dev.journeymaps.jirarest.JiraConnection;
import dev.journeymaps.jirarest.JiraRestClient;
import dev.journeymaps.standalone.session.BrowserSessions;
import dev.journeymaps.standalone.session.CsrfTokens;
import dev.journeymaps.store.embedded.session.SignInSessions;
import dev.journeymaps.web.IssueUrls;
import dev.journeymaps.web.RequestActor;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * Who may do what on the standalone server, and which issue tracker acts for them. Without Jira: the single
 * local user on loopback and the offline demo tracker. With Jira: users signed in with their own Jira
 * credentials, Jira's permissions, and a {@link JiraRestClient} per session over one HTTP client per Jira site.
 */
final class HostAccess {
    private static final Logger LOG = LoggerFactory.getLogger(HostAccess.class);
    /** Permission checks run here, so a request waits for a slow Jira no longer than the views' bound. */
    private static final ExecutorService JIRA_CHECKS = DaemonPool.bounded("journeymaps-permission-check", 8, 256);
    /**
     * Runs the 100-id searches of large issue fetches in parallel, shared by every user of the site: at most 4 more
     * searches at once per site than there are fetching callers (each caller runs chunks too), so a big map's refresh
     * is ~5× faster against a slow Jira without letting one view flood it. A full queue only means less parallelism.
     */
    private static final ExecutorService JIRA_CHUNKS = DaemonPool.bounded("journeymaps-jira-chunks", 4, 256);

    final RequestActor requestActor;
    final AccessPolicy policy;
    final Function<IssueCache, IssueTrackers> trackers;
    /** Owners: the demo team without Jira; Jira's users with it. */
    final Directory directory;
    private final JiraConfig jira;
    private final JiraUsers jiraUsers;
    private final boolean httpsOnly;

    private HostAccess(RequestActor requestActor, AccessPolicy policy, Function<IssueCache, IssueTrackers> trackers,
                       JiraConfig jira, JiraUsers jiraUsers, Directory directory, boolean httpsOnly) {
        this.directory = directory;
        this.httpsOnly = httpsOnly;
        this.requestActor = requestActor;
        this.policy = policy;
        this.trackers = trackers;
        this.jira = jira;
        this.jiraUsers = jiraUsers;
    }

    /**
     * @param sessions where signed-in sessions are kept (the shared database)
     * @param httpsOnly whether users reach the server over HTTPS (cookies are then {@code Secure})
     */
    static HostAccess of(JiraConfig jira, Clock clock, SignInSessions sessions, boolean httpsOnly) {
        if (jira == null) {
            LocalUser user = new LocalUser();
            return new HostAccess(user, user, cache -> IssueTrackers.single(new DemoIssueTracker(cache, clock)), null, null,
                    LocalDirectory.withDemoTeam(), httpsOnly);
        }
        Function<JiraConnection, JiraRestClient> clients = JiraRestClient.forSite(clock, JIRA_CHUNKS);
        checkServiceAccount(jira, clients);
        JiraUsers users = new JiraUsers(new BrowserSessions(sessions, httpsOnly, clock), jira.url(), clients,
                new JiraPermissions.Settings(jira.permissionTtl(), jira.outageGrace(), RefreshPolicy.DEFAULT_MAX_WAIT, JIRA_CHECKS, clock),
                clock);
        JiraUserDirectory people = new JiraUserDirectory(users::client);
        users.onSignIn(people::remember);
        return new HostAccess(users, users, cache -> users, jira, users, people, httpsOnly);
    }

    /** Status lozenges link to the configured Jira; the offline demo's issues exist nowhere to link to. */
    IssueUrls issueUrls() {
        return jira == null ? IssueUrls.NONE : IssueUrls.under(jira.url().toString());
    }

    /** With Jira: when a session ends, {@code listener} is told the user's key. */
    void onSignOut(java.util.function.Consumer<String> listener) {
        if (jiraUsers != null) {
            jiraUsers.onSignOut(listener);
        }
    }

    boolean isLocal() {
        return jira == null;
    }

    /** With Jira: the sign-in pages; sessions are ours (database, see {@link BrowserSessions}), not Tomcat's. */
    void mount(Context context) {
        if (jira == null) {
            return;
        }
        Rfc6265CookieProcessor cookies = new Rfc6265CookieProcessor();
        cookies.setSameSiteCookies("Lax");
        context.setCookieProcessor(cookies);
        context.setUseHttpOnly(true);
        SignInServlet signIn = new SignInServlet(jira, jiraUsers, new CsrfTokens(httpsOnly));
        Tomcat.addServlet(context, "sign-in", signIn);
        context.addServletMappingDecoded("/login.jsp", "sign-in");
        context.addServletMappingDecoded("/logout", "sign-in");
        context.addServletMappingDecoded("", "sign-in");
    }

    /** A wrong URL or token in the configuration should show at start, not at the first sign-in. */
    private static void checkServiceAccount(JiraConfig jira, Function<JiraConnection, JiraRestClient> clients) {
        if (!jira.hasServiceAccount()) {
            return;
        }
        JiraConnection connection = jira.user().isEmpty()
                ? JiraConnection.dataCenter(jira.url(), jira.token())
                : JiraConnection.cloud(jira.url(), jira.user(), jira.token());
        try {
            LOG.info("Jira at {} answers; configured account: {}", jira.url(), clients.apply(connection).myself().displayName());
        } catch (RuntimeException e) {
            LOG.warn("Jira at {} did not accept the configured account or is unreachable: {}", jira.url(), e.getMessage());
        }
    }
}
