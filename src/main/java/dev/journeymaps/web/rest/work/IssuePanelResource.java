package dev.journeymaps.web.rest.work;

import com.atlassian.annotations.security.LicensedOnly;
import dev.journeymaps.web.rest.CallerResolver;
import dev.journeymaps.app.BaseUrl;
import dev.journeymaps.app.work.IssueFinder;
import dev.journeymaps.web.IssuePanel;
import dev.journeymaps.web.Messages;
import dev.journeymaps.web.RequestActor;
import dev.journeymaps.web.ViewRenderer;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/**
 * {@code GET /issues/{issueId}/panel}: the issue panel as an HTML fragment, the very one Jira's issue view shows
 * in its web panel, for a standalone server's users to embed or open. 200 (it says so when the issue is on no
 * map the user may view); 401.
 */
@LicensedOnly // REST v2: licensed users only, said explicitly (DC security requirements)
@Path("/issues/{issueId}/panel")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class IssuePanelResource {
    private final IssueFinder finder;
    private final RequestActor requestActor;
    private final ViewRenderer renderer;
    private final Messages messages;
    private final BaseUrl baseUrl;

    @Context
    private HttpServletRequest request;

    @Inject
    public IssuePanelResource(IssueFinder finder, RequestActor requestActor, ViewRenderer renderer, Messages messages, BaseUrl baseUrl) {
        this.finder = finder;
        this.requestActor = requestActor;
        this.renderer = renderer;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @GET
    public String panel(@PathParam("issueId") long issueId) {
        IssuePanel panel = IssuePanel.of(finder.cardsAddressing(CallerResolver.require(requestActor, request), issueId),
                baseUrl, messages);
        return renderer.render(IssuePanel.TEMPLATE, Map.of("panel", panel, "i18n", messages));
    }
}
