package dev.journeymaps.standalone;

import dev.journeymaps.app.Actor;
import dev.journeymaps.app.work.tracker.IssueTrackerException;
import dev.journeymaps.jirarest.JiraAccount;
import dev.journeymaps.jirarest.JiraProject;
import dev.journeymaps.jirarest.JiraRestClient;
import dev.journeymaps.standalone.guard.LocalRedirects;
import dev.journeymaps.standalone.session.CsrfTokens;
import dev.journeymaps.standalone.session.JiraCredentials;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sign-in with one's own Jira credentials, at {@code /login.jsp} where the pages send anonymous users (as
 * Jira does). {@code POST /login.jsp} checks them with Jira ({@code /myself}) and starts a fresh session
 * ({@link dev.journeymaps.standalone.session.BrowserSessions}); {@code POST /logout} ends this browser's. Both forms
 * carry a double-submitted CSRF token ({@link CsrfTokens}), and a cross-origin POST is refused. The page is an AUI page like the others ({@code standalone-sign-in.vm}).
 */
final class SignInServlet extends HttpServlet {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SignInServlet.class);

    private final transient JiraConfig jira;
    private final transient JiraUsers users;
    private final transient CsrfTokens csrf;
    private final transient VelocityViewRenderer renderer = new VelocityViewRenderer();
    private final transient BundleMessages messages = new BundleMessages();
    private final transient StandalonePageResources resources = new StandalonePageResources();

    SignInServlet(JiraConfig jira, JiraUsers users, CsrfTokens csrf) {
        this.jira = jira;
        this.users = users;
        this.csrf = csrf;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Actor actor = users.actorOf(request);
        if (actor != null && request.getParameter("os_destination") != null) {
            response.sendRedirect(request.getContextPath() + destination(request));
            return;
        }
        String project = request.getParameter("project");
        if (actor != null && project != null && project.matches("[A-Z][A-Z0-9_]{0,254}")) {
            response.sendRedirect(request.getContextPath() + StandaloneServer.PAGES_PATH + "/project/" + project);
            return;
        }
        page(request, response, HttpServletResponse.SC_OK, actor, "");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!validToken(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "XSRF check failed: reload the sign-in page.");
            return;
        }
        if (request.getServletPath().equals("/logout")) {
            users.signOut(request, response);
            response.sendRedirect(request.getContextPath() + "/login.jsp");
            return;
        }
        String user = value(request, "username");
        String secret = value(request, "password");
        if (secret.isEmpty()) {
            page(request, response, HttpServletResponse.SC_BAD_REQUEST, null, "Enter your API token, personal access token or password.");
            return;
        }
        JiraCredentials credentials = new JiraCredentials(user, secret); // Cloud email + API token, DC user + password, or a PAT
        if (!credentials.wellFormed()) {
            page(request, response, HttpServletResponse.SC_BAD_REQUEST, null, "These credentials contain characters no Jira credential has.");
            return;
        }
        JiraRestClient client = users.clientFor(credentials);
        JiraAccount account;
        try {
            account = client.myself();
        } catch (IssueTrackerException e) {
            boolean refused = e.kind() == IssueTrackerException.Kind.UNAUTHORIZED || e.kind() == IssueTrackerException.Kind.FORBIDDEN;
            String why = !refused ? "Jira could not be reached. Try again in a moment."
                    : e.errorMessages().stream().filter(m -> m.contains("CAPTCHA")).findFirst().orElse("Jira did not accept these credentials.");
            if (!refused) {
                LOG.warn("Sign-in could not reach Jira: {}", e.getMessage()); // the detail is for the operator
            }
            page(request, response, refused ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_SERVICE_UNAVAILABLE, null, why);
            return;
        }
        users.signIn(request, response, new Actor(account.id(), account.displayName()), credentials, client); // a new session: no fixation
        response.sendRedirect(request.getContextPath() + destination(request));
    }

    private void page(HttpServletRequest request, HttpServletResponse response, int status, Actor actor, String error)
            throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", messages);
        context.put("headHtml", resources.headHtml(request));
        context.put("contextPath", request.getContextPath());
        context.put("jiraUrl", jira.url().toString());
        context.put("signedInAs", actor == null ? "" : actor.displayName());
        Projects projects = actor == null ? new Projects(List.of(), "") : projects(actor);
        context.put("projects", projects.list());
        context.put("projectsProblem", projects.problem());
        context.put("error", error);
        context.put("token", csrf.token(request, response));
        context.put("destination", destination(request));
        String html = renderer.render("templates/standalone-sign-in.vm", context);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache, no-store");
        response.getWriter().write(html);
    }

    /** The home page's list: the projects Jira lets the user browse, or why Jira could not say. */
    record Projects(List<JiraProject> list, String problem) {
    }

    private Projects projects(Actor actor) {
        try {
            return new Projects(users.client(actor).projects(), "");
        } catch (IssueTrackerException e) {
            return new Projects(List.of(), messages.getText("journeymaps.signin.projects.unavailable"));
        }
    }

    /** Where to go after signing in: a path on this server only (never another site), see {@link LocalRedirects}. */
    private static String destination(HttpServletRequest request) {
        return LocalRedirects.pathOrElse(request.getParameter("os_destination"), "/login.jsp");
    }

    private boolean validToken(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String host = request.getHeader("Host");
        if (origin != null && !(origin.equals("http://" + host) || origin.equals("https://" + host))) {
            return false;
        }
        return csrf.matches(request, request.getParameter("atl_token"));
    }

    private static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }
}
