package dev.journeymaps.domain.board;

import dev.journeymaps.domain.Limits;
import dev.journeymaps.domain.Text;
import dev.journeymaps.domain.Violations;

/** A column of the map: one step of the journey. Position is its 0-based order within the map. */
public record Stage(long id, long mapId, String name, int position) {

    /** The same stage at another place in the map. */
    public Stage at(int newPosition) {
        return new Stage(id, mapId, name, newPosition);
    }

    public static String validName(String name) {
        String value = Text.orEmpty(name);
        new Violations().required("name", value, Limits.STAGE_NAME).throwIfAny();
        return value;
    }
}
