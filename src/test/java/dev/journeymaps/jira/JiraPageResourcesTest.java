package dev.journeymaps.jira;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class JiraPageResourcesTest {
    @Mock PageBuilderService pageBuilder;
    @Mock WebResourceAssembler assembler;
    @Mock RequiredResources resources;
    @Mock HttpServletRequest request;

    @Test
    void requiresThePluginsWebResourceAndLeavesTheTagsToJirasDecorator() {
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);

        String head = new JiraPageResources(pageBuilder).headHtml(request);

        assertThat(head).isEmpty();
        verify(resources).requireWebResource("dev.journeymaps.journey-maps:journey-maps-resources");
    }
}
