package dev.journeymaps.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.work.AddressedCard;
import dev.journeymaps.app.work.IssueFinder;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.standalone.BundleMessages;
import dev.journeymaps.standalone.VelocityViewRenderer;
import dev.journeymaps.web.IssuePanel;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The issue view panel: the viewed issue's pain points, rendered by the panel's template with user text escaped. */
class IssuePanelContextProviderTest {

    @Test
    void theViewedIssueShowsThePainPointsItAddressesWithTheirMapAndStage() {
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
        ApplicationUser alice = mock(ApplicationUser.class);
        when(alice.getKey()).thenReturn("JIRAUSER10100");
        when(alice.getDisplayName()).thenReturn("Alice");
        when(authentication.getLoggedInUser()).thenReturn(alice);
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(10001L);
        IssueFinder finder = mock(IssueFinder.class);
        when(finder.cardsAddressing(new Actor("JIRAUSER10100", "Alice"), 10001L)).thenReturn(List.of(new AddressedCard(
                "SHOP", 7, "Checkout <journey>", 70, "Checkout asks for an <b>account</b>", LaneKind.PAIN_POINTS, "Pay", 2)));
        BundleMessages messages = new BundleMessages();
        IssuePanelContextProvider provider = new IssuePanelContextProvider(finder, new JiraRequestActor(authentication),
                () -> "https://jira.example.com/", messages);

        Map<String, Object> context = provider.getContextMap(new HashMap<>(Map.of("issue", issue)));
        String html = new VelocityViewRenderer().render("templates/issue-panel.vm", context);

        IssuePanel panel = (IssuePanel) context.get("panel");
        assertThat(panel.cards()).singleElement().satisfies(card -> {
            assertThat(card.mapUrl()).isEqualTo("https://jira.example.com/plugins/servlet/journeymaps/map/7");
            assertThat(card.kindLabel()).isEqualTo("Pain points");
            assertThat(card.evidenceCount()).isEqualTo(2);
        });
        assertThat(html).contains("Checkout asks for an &lt;b&gt;account&lt;/b&gt;", "Checkout &lt;journey&gt;", "/ Pay:")
                .doesNotContain("<b>account");
    }

    @Test
    void anIssueOnNoMapSaysSo() {
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
        IssuePanelContextProvider provider = new IssuePanelContextProvider(mock(IssueFinder.class),
                new JiraRequestActor(authentication), () -> "https://jira.example.com", new BundleMessages());

        Map<String, Object> context = provider.getContextMap(new HashMap<>());

        assertThat(((IssuePanel) context.get("panel")).hasCards()).isFalse();
        assertThat(new VelocityViewRenderer().render("templates/issue-panel.vm", context)).contains("is not linked to any pain point");
    }
}
