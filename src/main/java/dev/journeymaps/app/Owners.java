package dev.journeymaps.app;

import dev.journeymaps.domain.Limits;
import dev.journeymaps.domain.Text;
import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.domain.Violations;

/** Who may own a map or a card: a user the {@link Directory} knows, or nobody. One rule for every write that sets one. */
public final class Owners {
    private Owners() {
    }

    /**
     * The key, trimmed, if the directory (asked as {@code actor}) knows it; "" for nobody; anything else is bad input
     * on {@code owner} (400).
     */
    public static String known(Directory directory, Actor actor, String ownerKey) {
        String key = Text.orEmpty(ownerKey);
        new Violations().maxLength("owner", key, Limits.USER_KEY).throwIfAny();
        if (!key.isEmpty() && directory.user(actor, key).isEmpty()) {
            throw ValidationException.field("owner", "There is no user \"" + key + "\". Pick the owner with the user picker.");
        }
        return key;
    }
}
