package dev.journeymaps.standalone;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class StandalonePageResourcesTest {

    @Test
    void linksAuiWithItsJqueryThenOurAssetsUnderTheContextPath() {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getContextPath()).thenReturn("/jm");

        String head = new StandalonePageResources().headHtml(request);

        assertThat(head).containsSubsequence(
                "<link rel=\"stylesheet\" href=\"/jm/static/aui/aui-prototyping.css\">",
                "<link rel=\"stylesheet\" href=\"/jm/static/journey-maps/css/journey-maps.css\">",
                "<script defer src=\"/jm/static/aui/jquery.min.js\"></script>",
                "<script defer src=\"/jm/static/aui/aui-prototyping.js\"></script>",
                "<script defer src=\"/jm/static/journey-maps/js/journey-maps.js\"></script>");
    }

    /** The mapping the standalone server applies: /static/aui/* → standalone-static/aui/*, ours → css/ and js/. */
    @Test
    void everyLinkedFileIsOnTheClasspathWhereTheServerLooks() {
        for (String path : StandalonePageResources.STYLESHEETS) {
            assertThat(getClass().getResource(classpathOf(path))).as(path).isNotNull();
        }
        for (String path : StandalonePageResources.SCRIPTS) {
            assertThat(getClass().getResource(classpathOf(path))).as(path).isNotNull();
        }
        assertThat(getClass().getResource("/standalone-static/aui/fonts/adgs-icons.woff")).isNotNull();
    }

    /** The standalone pages load our scripts in the order Jira's web-resource does, so both hosts start alike. */
    @Test
    void ourScriptsAreTheWebResourcesScriptsInTheSameOrder() throws Exception {
        Matcher script = Pattern.compile("location=\"js/([\\w.-]+\\.js)\"").matcher(Files.readString(Path.of("atlassian-plugin.xml")));
        List<String> inJira = new ArrayList<>();
        while (script.find()) {
            inJira.add(script.group(1));
        }
        assertThat(Arrays.stream(StandalonePageResources.SCRIPTS).filter(path -> path.startsWith("/static/journey-maps/js/"))
                .map(path -> path.substring("/static/journey-maps/js/".length()))).containsExactlyElementsOf(inJira);
    }

    private static String classpathOf(String url) {
        if (url.startsWith("/static/aui/")) {
            return "/standalone-static/aui/" + url.substring("/static/aui/".length());
        }
        return "/" + url.substring("/static/journey-maps/".length());
    }
}
