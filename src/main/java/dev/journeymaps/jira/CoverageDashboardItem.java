package dev.journeymaps.jira;

import com.atlassian.plugin.web.ContextProvider;
import dev.journeymaps.app.BaseUrl;
import dev.journeymaps.app.history.PainCoverage;
import dev.journeymaps.web.CoveragePanel;
import dev.journeymaps.web.Messages;

import java.util.HashMap;
import java.util.Map;

/**
 * Feeds the "Customer pain coverage" dashboard item ({@value CoveragePanel#TEMPLATE}), rendered on the server: the
 * coverage of every project with journey maps the logged-in user may view. Jira creates it with the plugin's beans.
 */
public class CoverageDashboardItem implements ContextProvider {
    private final PainCoverage coverage;
    private final JiraRequestActor requestActor;
    private final BaseUrl baseUrl;
    private final Messages messages;

    public CoverageDashboardItem(PainCoverage coverage, JiraRequestActor requestActor, BaseUrl baseUrl, Messages messages) {
        this.coverage = coverage;
        this.requestActor = requestActor;
        this.baseUrl = baseUrl;
        this.messages = messages;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> model = new HashMap<>(context);
        model.put("i18n", messages);
        model.put("coverage", CoveragePanel.of(coverage.forActor(requestActor.current()), baseUrl, messages));
        return model;
    }
}
