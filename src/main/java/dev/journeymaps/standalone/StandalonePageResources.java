package dev.journeymaps.standalone;

import dev.journeymaps.web.PageResources;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The standalone host's {@link PageResources}: AUI (with the jQuery its prototyping bundle expects) and our
 * own CSS and JS. The server maps {@code /static/aui/*} to the classpath folder {@code standalone-static/aui}
 * and {@code /static/journey-maps/css/*} / {@code js/*} to the classpath folders {@code css/} / {@code js/}.
 * The scripts are deferred: they run in their order once the document is parsed, before DOMContentLoaded, so the parser
 * is never blocked on them and AUI's mutation observers are not yet watching while a large board is parsed (on a
 * 5,000-card map they handled every inserted element, a third of the page's start-up).
 */
public class StandalonePageResources implements PageResources {
    static final String[] STYLESHEETS = {"/static/aui/aui-prototyping.css", "/static/journey-maps/css/journey-maps.css"};
    static final String[] SCRIPTS = {"/static/aui/jquery.min.js", "/static/aui/aui-prototyping.js", "/static/journey-maps/js/journey-maps.js",
            "/static/journey-maps/js/journey-maps-list.js", "/static/journey-maps/js/journey-maps-cards.js",
            "/static/journey-maps/js/journey-maps-board.js", "/static/journey-maps/js/journey-maps-panel.js",
            "/static/journey-maps/js/journey-maps-personas.js", "/static/journey-maps/js/journey-maps-priorities.js",
            "/static/journey-maps/js/journey-maps-work.js", "/static/journey-maps/js/journey-maps-safety.js",
            "/static/journey-maps/js/journey-maps-keys.js", "/static/journey-maps/js/journey-maps-triage.js",
            "/static/journey-maps/js/journey-maps-header.js", "/static/journey-maps/js/journey-maps-comments.js",
            "/static/journey-maps/js/journey-maps-share.js",
            "/static/journey-maps/js/journey-maps-present.js", "/static/journey-maps/js/journey-maps-export.js",
            "/static/journey-maps/js/journey-maps-live.js", "/static/journey-maps/js/journey-maps-import.js",
            "/static/journey-maps/js/journey-maps-history.js", "/static/journey-maps/js/journey-maps-more.js"};

    /** The header's logo mark as the tab icon, inline: no request, and no 404 for /favicon.ico (spaces escaped: a valid URL). */
    static final String ICON_LINK = "<link rel=\"icon\" type=\"image/svg+xml\" href=\"data:image/svg+xml,"
            + "%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%2022%2022'%3E%3ClinearGradient%20id='g'%20x2='1'%20y2='1'%3E"
            + "%3Cstop%20stop-color='%234C9AFF'/%3E%3Cstop%20offset='1'%20stop-color='%2336B37E'/%3E%3C/linearGradient%3E"
            + "%3Crect%20width='22'%20height='22'%20rx='4'%20fill='url(%23g)'/%3E%3C/svg%3E\">\n";

    @Override
    public String headHtml(HttpServletRequest request) {
        String base = HtmlEscapingInsertionHandler.escape(request.getContextPath() == null ? "" : request.getContextPath());
        StringBuilder html = new StringBuilder(ICON_LINK);
        for (String css : STYLESHEETS) {
            html.append("<link rel=\"stylesheet\" href=\"").append(base).append(css).append("\">\n");
        }
        for (String js : SCRIPTS) {
            html.append("<script defer src=\"").append(base).append(js).append("\"></script>\n");
        }
        return html.toString();
    }
}
