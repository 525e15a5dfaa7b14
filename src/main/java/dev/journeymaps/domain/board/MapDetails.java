package dev.journeymaps.domain.board;

import dev.journeymaps.domain.Limits;
import dev.journeymaps.domain.Text;
import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.domain.Violations;
import java.util.regex.Pattern;

/** The editable header of a map, validated: title, type, scope card (with an optional project persona), owner. */
public record MapDetails(String title, MapType type, ScopeCard scope, String ownerKey, Long personaId) {

    public MapDetails {
        title = Text.orEmpty(title);
        scope = scope == null ? ScopeCard.EMPTY : scope;
        ownerKey = Text.orEmpty(ownerKey);
    }

    public MapDetails(String title, MapType type, ScopeCard scope, String ownerKey) {
        this(title, type, scope, ownerKey, null);
    }

    /** Validated, with a title cut to the limit (for titles the system derives, such as a copy's). */
    public MapDetails validatedTitleCut() {
        String cut = Text.cut(title, Limits.TITLE);
        return new MapDetails(cut, type, scope, ownerKey, personaId).validated();
    }

    public MapDetails ownedBy(String owner) {
        return new MapDetails(title, type, scope, owner, personaId);
    }

    /** Throws {@link ValidationException} listing every problem. */
    public MapDetails validated() {
        new Violations()
                .required("title", title, Limits.TITLE)
                .notNull("type", type, "Choose a map type: current-state, future-state, day-in-the-life or service-blueprint.")
                .maxLength("persona", scope.persona(), Limits.SCOPE_FIELD)
                .maxLength("journey", scope.journey(), Limits.SCOPE_FIELD)
                .maxLength("goal", scope.goal(), Limits.SCOPE_FIELD)
                .maxLength("purpose", scope.purpose(), Limits.SCOPE_FIELD)
                .maxLength("owner", ownerKey, Limits.USER_KEY)
                .throwIfAny();
        return this;
    }

    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");

    /** Jira project keys: upper-case letter first, then letters, digits and underscores. */
    public static String validProjectKey(String projectKey) {
        String key = Text.orEmpty(projectKey);
        if (!PROJECT_KEY.matcher(key).matches()) {
            throw ValidationException.field("projectKey", "Not a Jira project key: it must start with an upper-case letter.");
        }
        return key;
    }
}
