package dev.journeymaps.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.work.AddressedCard;
import dev.journeymaps.app.BaseUrl;
import dev.journeymaps.app.work.IssueFinder;
import dev.journeymaps.web.IssuePanel;
import dev.journeymaps.web.Messages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds the issue view panel ({@value IssuePanel#TEMPLATE}): which pain points and opportunities the
 * viewed issue addresses, on maps the user may view. Jira builds it with the plugin's beans (constructor
 * injection) and passes the viewed issue as {@code issue}.
 */
public class IssuePanelContextProvider implements ContextProvider {
    private final IssueFinder finder;
    private final JiraRequestActor requestActor;
    private final BaseUrl baseUrl;
    private final Messages messages;

    public IssuePanelContextProvider(IssueFinder finder, JiraRequestActor requestActor, BaseUrl baseUrl, Messages messages) {
        this.finder = finder;
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
        Actor actor = requestActor.current();
        List<AddressedCard> cards = actor == null || !(context.get("issue") instanceof Issue issue) ? List.of()
                : finder.cardsAddressing(actor, issue.getId());
        model.put("panel", IssuePanel.of(cards, baseUrl, messages));
        return model;
    }
}
