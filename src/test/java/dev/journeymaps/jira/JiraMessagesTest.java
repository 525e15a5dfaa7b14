package dev.journeymaps.jira;

import com.atlassian.sal.api.message.I18nResolver;
import org.junit.jupiter.api.Test;

import java.io.Serializable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class JiraMessagesTest {
    private final I18nResolver resolver = mock(I18nResolver.class);
    private final JiraMessages messages = new JiraMessages(resolver);

    @Test
    void aKeyIsResolvedBySal() {
        when(resolver.getText("journeymaps.list.title")).thenReturn("Journey maps");

        assertThat(messages.getText("journeymaps.list.title")).isEqualTo("Journey maps");
    }

    @Test
    void argumentsArePassedOnAsSerializables() {
        when(resolver.getText(eq("journeymaps.count"), any(Serializable[].class)))
                .thenAnswer(call -> "count " + call.getArgument(1) + " of " + call.getArgument(2));

        assertThat(messages.getText("journeymaps.count", 3, new StringBuilder("six"))).isEqualTo("count 3 of six");
    }
}
