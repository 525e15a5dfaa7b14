package dev.journeymaps.web.page;

import dev.journeymaps.web.LocaleFormats;
import dev.journeymaps.app.Actor;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.standalone.BundleMessages;
import dev.journeymaps.web.IssueUrls;
import dev.journeymaps.standalone.VelocityViewRenderer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.time.ZoneOffset;
import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The servlet's URL and status contract, over real use cases and real Velocity (only the servlet API is mocked). */
class MapPagesServletTest {
    private final DemoMaps demo = new DemoMaps();
    private Actor signedIn = demo.alice;
    private final MapPagesServlet servlet = new MapPagesServlet(demo.catalog, demo.personas, new VelocityViewRenderer(),
            request -> "<meta name=\"jm-head\">", request -> signedIn, new BundleMessages(), demo.pages, demo.noWork, IssueUrls.NONE,
            request -> new LocaleFormats(Locale.ENGLISH, ZoneOffset.UTC), null);

    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();

    private String get(String pathInfo) throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getPathInfo()).thenReturn(pathInfo);
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/journeymaps" + pathInfo);
        when(request.getQueryString()).thenReturn(null);
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        servlet.doGet(request, response);
        return body.toString();
    }

    @Test
    void projectPathShowsTheProjectsMaps() throws Exception {
        demo.checkout();

        String html = get("/project/SHOP");

        verify(response).setStatus(200);
        verify(response).setContentType("text/html;charset=UTF-8");
        assertThat(html).contains("First-time buyer checkout", "<meta name=\"jm-head\">", "data-jm-page=\"map-list\"");
    }

    @Test
    void mapPathShowsTheMap() throws Exception {
        MapBoard board = demo.checkout();

        String html = get("/map/" + board.map().id());

        verify(response).setStatus(200);
        assertThat(html).contains("data-map-id=\"" + board.map().id() + "\"", "Address form loses input on back");
    }

    @Test
    void unknownMapInvisibleProjectAndUnknownPathAreNotFound() throws Exception {
        assertThat(get("/map/999")).contains("Page not found", "Journey map 999 does not exist");
        assertThat(get("/project/OTHER")).contains("Page not found");
        assertThat(get("/nonsense")).contains("Page not found");
        verify(response, org.mockito.Mockito.times(3)).setStatus(404);
    }

    @Test
    void malformedProjectKeyIsABadRequest() throws Exception {
        String html = get("/project/not-a-key");

        verify(response).setStatus(400);
        assertThat(html).contains("Invalid request");
    }

    @Test
    void anonymousVisitorsAreSentToLoginAndBack() throws Exception {
        signedIn = null;

        get("/map/1");

        verify(response).sendRedirect("/jira/login.jsp?os_destination=%2Fplugins%2Fservlet%2Fjourneymaps%2Fmap%2F1");
    }
}
