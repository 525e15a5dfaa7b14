package dev.journeymaps.standalone.guard;

import dev.journeymaps.app.work.tracker.IssueTrackerException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;

/**
 * Our error bodies for every error status Tomcat or a servlet reports without writing a body of its own (unknown
 * paths, wrong methods, oversized bodies, foreign hosts, exceptions): Jira-shaped JSON under the REST API, a small
 * page elsewhere. Instead of Tomcat's report, which names the server version and shows the exception and its stack
 * trace (whose message can hold a user's input, a token even). The body depends on the status only; the
 * exception goes to the log as before. The server installs it as the host's error report valve.
 */
public final class ErrorReport extends ErrorReportValve {
    private static final String REST_PREFIX = "/rest/";
    private static final Map<Integer, String> MESSAGES = Map.ofEntries(
            Map.entry(400, "The request is not valid."),
            Map.entry(401, "Sign in first."),
            Map.entry(403, "You may not do this."),
            Map.entry(404, "There is nothing at this address."),
            Map.entry(405, "This address does not take that method."),
            Map.entry(406, "This address cannot answer in the format asked for."),
            Map.entry(408, "The request took too long to arrive."),
            Map.entry(413, "The request is larger than this server accepts."),
            Map.entry(414, "The address is longer than this server accepts."),
            Map.entry(415, "This address does not take that content type."),
            Map.entry(421, "This server does not answer to that host name."),
            Map.entry(431, "The request headers are larger than this server accepts."),
            Map.entry(503, "A service this server depends on is unavailable. Try again shortly."));
    private static final String FALLBACK_CLIENT = "The request could not be handled.";
    private static final String FALLBACK_SERVER = "Something went wrong on the server. The details are in the server log.";

    public ErrorReport() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (throwable != null && causedByJiraOutage(throwable) && !response.isCommitted()) {
            response.setStatus(503); // Jira is down: not our bug, and worth retrying
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String message = message(status);
        String uri = request.getDecodedRequestURI();
        boolean json = uri != null && uri.startsWith(REST_PREFIX);
        try {
            SecurityHeaders.apply(response.getResponse());
            response.setHeader("Cache-Control", "no-store");
            response.setCharacterEncoding("UTF-8");
            response.setContentType(json ? "application/json" : "text/html");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(json ? json(message) : html(status, message));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away or the response was committed meanwhile: nothing more to tell it.
        }
    }

    static String message(int status) {
        return MESSAGES.getOrDefault(status, status < 500 ? FALLBACK_CLIENT : FALLBACK_SERVER);
    }

    private static String json(String message) {
        return "{\"errorMessages\":[\"" + message + "\"],\"errors\":{}}";
    }

    private static String html(int status, String message) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status + " · Journey Maps</title>"
                + "<link rel=\"stylesheet\" href=\"/static/aui/aui-prototyping.css\"></head>"
                + "<body class=\"aui-layout aui-theme-default\"><main class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">"
                + "<section class=\"aui-page-panel-content\"><h1>" + status + "</h1><p>" + message + "</p>"
                + "<p><a href=\"/\">Journey Maps</a></p></section></div></main></body></html>\n";
    }

    private static boolean causedByJiraOutage(Throwable throwable) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            if (cause instanceof IssueTrackerException tracker) {
                return tracker.kind() == IssueTrackerException.Kind.UNAVAILABLE;
            }
        }
        return false;
    }
}
