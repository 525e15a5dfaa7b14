package dev.journeymaps.jira;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import dev.journeymaps.app.Actor;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class JiraRequestActorTest {
    @Mock JiraAuthenticationContext authentication;
    @Mock ApplicationUser user;
    @Mock HttpServletRequest request;

    @Test
    void theLoggedInUserActsByKeyAndDisplayName() {
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(user.getKey()).thenReturn("JIRAUSER10100");
        when(user.getDisplayName()).thenReturn("Alice Example");

        Actor actor = new JiraRequestActor(authentication).actorOf(request);

        assertThat(actor).isEqualTo(new Actor("JIRAUSER10100", "Alice Example"));
    }

    @Test
    void aUserWithoutDisplayNameIsShownByUsernameNotByKey() {
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(user.getKey()).thenReturn("JIRAUSER10100");
        when(user.getDisplayName()).thenReturn(" ");
        when(user.getUsername()).thenReturn("alice");

        Actor actor = new JiraRequestActor(authentication).actorOf(request);

        assertThat(actor).isEqualTo(new Actor("JIRAUSER10100", "alice"));
    }

    @Test
    void anAnonymousRequestHasNoActor() {
        when(authentication.getLoggedInUser()).thenReturn(null);

        assertThat(new JiraRequestActor(authentication).actorOf(request)).isNull();
    }
}
