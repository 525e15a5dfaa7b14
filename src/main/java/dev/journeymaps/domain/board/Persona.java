package dev.journeymaps.domain.board;

import dev.journeymaps.domain.Limits;
import dev.journeymaps.domain.Text;
import dev.journeymaps.domain.Violations;

/**
 * A persona kept per project and reused across its maps: who goes through the journey, what they want
 * and what gets in their way. Every write quotes {@code version}.
 */
public record Persona(long id, String projectKey, Content content, long version) {

    public String name() {
        return content.name();
    }

    public record Content(String name, String description, String goals, String frustrations) {
        public Content {
            name = Text.orEmpty(name);
            description = Text.orEmpty(description);
            goals = Text.orEmpty(goals);
            frustrations = Text.orEmpty(frustrations);
        }

        public Content validated() {
            new Violations()
                    .required("name", name, Limits.PERSONA_NAME)
                    .maxLength("description", description, Limits.PERSONA_DESCRIPTION)
                    .maxLength("goals", goals, Limits.PERSONA_TEXT)
                    .maxLength("frustrations", frustrations, Limits.PERSONA_TEXT)
                    .throwIfAny();
            return this;
        }
    }
}
