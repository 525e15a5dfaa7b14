package dev.journeymaps.web.page;

import dev.journeymaps.standalone.BundleMessages;
import dev.journeymaps.standalone.VelocityViewRenderer;
import dev.journeymaps.web.CoveragePanel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Customer pain coverage" dashboard item's template, rendered as the standalone host renders (escaping included). */
class CoverageTemplateTest {
    private final BundleMessages messages = new BundleMessages();

    private String render(CoveragePanel panel) {
        return MapTemplatesTest.render(new VelocityViewRenderer(), CoveragePanel.TEMPLATE, null, messages,
                Map.of("coverage", panel));
    }

    @Test
    void showsEachProjectsCoverageDoneShareUnownedPainPointsAndMapsDue() {
        CoveragePanel panel = new CoveragePanel(List.of(new CoveragePanel.Row("DEMO", "/jira/plugins/servlet/journeymaps/project/DEMO",
                67, "2 of 3 pain points have linked work", 25,
                List.of(new CoveragePanel.Link("Setup <takes> a week", "/jira/plugins/servlet/journeymaps/map/7")),
                List.of(new CoveragePanel.Link("Onboarding", "/jira/plugins/servlet/journeymaps/map/7")))));

        String html = render(panel);

        assertThat(html).contains("<a href=\"/jira/plugins/servlet/journeymaps/project/DEMO\">DEMO</a>", ">67%<", ">25%<",
                "Top unowned pain points", "Setup &lt;takes&gt; a week", "Maps due for review", ">Onboarding</a>");
    }

    @Test
    void saysSoWhenTheUserCanSeeNoMaps() {
        assertThat(render(new CoveragePanel(List.of()))).contains("No journey maps you can see yet.");
    }
}
