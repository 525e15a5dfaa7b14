package dev.journeymaps.jira;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import dev.journeymaps.web.Messages;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.util.Arrays;

/** Messages in Jira: SAL's resolver, which reads our i18n bundle in the user's locale. */
@Component
public class JiraMessages implements Messages {
    private final I18nResolver resolver;

    @Inject
    public JiraMessages(@ComponentImport I18nResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public String getText(String key) {
        return resolver.getText(key);
    }

    @Override
    public String getText(String key, Object... args) {
        // SAL takes Serializable arguments; ours are numbers and strings, anything else goes as its text.
        Serializable[] arguments = Arrays.stream(args)
                .map(arg -> arg instanceof Serializable serializable ? serializable : String.valueOf(arg))
                .toArray(Serializable[]::new);
        return resolver.getText(key, arguments);
    }
}
