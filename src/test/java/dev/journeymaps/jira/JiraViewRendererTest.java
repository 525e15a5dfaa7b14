package dev.journeymaps.jira;

import com.atlassian.templaterenderer.TemplateRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;

// Mockito rather than a lambda: the real TemplateRenderer (atlassian profile) has more abstract methods.
@ExtendWith(MockitoExtension.class)
class JiraViewRendererTest {
    @Mock TemplateRenderer jira;

    @Test
    void returnsWhatJirasRendererWrites() throws IOException {
        doAnswer(call -> {
            Map<?, ?> context = call.getArgument(1);
            call.<Writer>getArgument(2).write("<h1>" + context.get("title") + "</h1>");
            return null;
        }).when(jira).render(eq("templates/map-view.vm"), anyMap(), any(Writer.class));

        String html = new JiraViewRenderer(jira).render("templates/map-view.vm", Map.of("title", "Checkout"));

        assertThat(html).isEqualTo("<h1>Checkout</h1>");
    }

    @Test
    void aFailedWriteBecomesAnUncheckedError() throws IOException {
        doThrow(new IOException("broken pipe")).when(jira).render(any(), anyMap(), any(Writer.class));

        assertThatThrownBy(() -> new JiraViewRenderer(jira).render("templates/map-view.vm", Map.of()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("templates/map-view.vm");
    }
}
