package dev.journeymaps.standalone;

import dev.journeymaps.app.Actor;
import dev.journeymaps.app.work.tracker.IssueTrackerException;
import dev.journeymaps.jirarest.JiraAccount;
import dev.journeymaps.jirarest.JiraConnection;
import dev.journeymaps.jirarest.JiraProject;
import dev.journeymaps.jirarest.JiraRestClient;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Sign-in with one's own Jira credentials, at {@code /login.jsp} where the pages send anonymous users (as
 * Jira does). {@code POST /login.jsp} checks them with Jira ({@code /myself}) and starts a fresh session
 * (HttpOnly, SameSite=Lax cookie); {@code POST /logout} ends it. Both forms carry a per-session CSRF token,
 * and a cross-origin POST is refused. The page is an AUI page like the others ({@code standalone-sign-in.vm}).
 */
final class SignInServlet extends HttpServlet {
    static final String CSRF_ATTRIBUTE = "journeymaps.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final transient JiraConfig jira;
    private final transient JiraUsers users;
    private final transient Function<JiraConnection, JiraRestClient> clients;
    private final transient VelocityViewRenderer renderer = new VelocityViewRenderer();
    private final transient BundleMessages messages = new BundleMessages();
    private final transient StandalonePageResources resources = new StandalonePageResources();

    SignInServlet(JiraConfig jira, JiraUsers users, Function<JiraConnection, JiraRestClient> clients) {
        this.jira = jira;
        this.users = users;
        this.clients = clients;
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
            users.signOut(request.getSession());
            response.sendRedirect(request.getContextPath() + "/login.jsp");
            return;
        }
        String user = value(request, "username");
        String secret = value(request, "password");
        if (secret.isEmpty()) {
            page(request, response, HttpServletResponse.SC_BAD_REQUEST, null, "Enter your API token, personal access token or password.");
            return;
        }
        JiraConnection connection = user.isEmpty()
                ? JiraConnection.dataCenter(jira.url(), secret)
                : JiraConnection.cloud(jira.url(), user, secret); // HTTP Basic: Cloud email + API token, or DC user + password
        JiraRestClient client = clients.apply(connection);
        JiraAccount account;
        try {
            account = client.myself();
        } catch (IssueTrackerException e) {
            boolean refused = e.kind() == IssueTrackerException.Kind.UNAUTHORIZED || e.kind() == IssueTrackerException.Kind.FORBIDDEN;
            String why = !refused ? "Jira could not be reached: " + e.getMessage()
                    : e.errorMessages().stream().filter(m -> m.contains("CAPTCHA")).findFirst().orElse("Jira did not accept these credentials.");
            page(request, response, refused ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_SERVICE_UNAVAILABLE, null, why);
            return;
        }
        String destination = destination(request);
        request.getSession().invalidate();
        HttpSession session = request.getSession(true); // a new id: no session fixation
        users.signIn(session, new Actor(account.id(), account.displayName()), client);
        response.sendRedirect(request.getContextPath() + destination);
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
        context.put("token", token(request.getSession(true)));
        context.put("destination", destination(request));
        String html = renderer.render("templates/standalone-sign-in.vm", context);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache, no-store");
        response.setHeader("X-Frame-Options", "DENY");
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

    /** Where to go after signing in: a path on this server only (never another site). */
    private static String destination(HttpServletRequest request) {
        String wanted = request.getParameter("os_destination");
        if (wanted == null || !wanted.startsWith("/") || wanted.startsWith("//") || wanted.contains("\\")) {
            return "/login.jsp";
        }
        return wanted;
    }

    private static String token(HttpSession session) {
        Object token = session.getAttribute(CSRF_ATTRIBUTE);
        if (token instanceof String known) {
            return known;
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(CSRF_ATTRIBUTE, fresh);
        return fresh;
    }

    private static boolean validToken(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String host = request.getHeader("Host");
        if (origin != null && !(origin.equals("http://" + host) || origin.equals("https://" + host))) {
            return false;
        }
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CSRF_ATTRIBUTE);
        String given = request.getParameter("atl_token");
        return expected instanceof String token && given != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }
}
