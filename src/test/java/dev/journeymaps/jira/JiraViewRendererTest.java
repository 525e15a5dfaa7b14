package dev.journeymaps.jira;

import com.atlassian.templaterenderer.TemplateRenderer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JiraViewRendererTest {

    @Test
    void returnsWhatJirasRendererWrites() {
        TemplateRenderer jira = (template, context, writer) -> writer.write(template + ":" + context.get("title"));

        String html = new JiraViewRenderer(jira).render("templates/map-view.vm", Map.of("title", "Checkout"));

        assertThat(html).isEqualTo("templates/map-view.vm:Checkout");
    }

    @Test
    void aFailedWriteBecomesAnUncheckedError() {
        TemplateRenderer jira = (template, context, writer) -> {
            throw new IOException("broken pipe");
        };

        assertThatThrownBy(() -> new JiraViewRenderer(jira).render("templates/map-view.vm", Map.of()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("templates/map-view.vm");
    }
}
