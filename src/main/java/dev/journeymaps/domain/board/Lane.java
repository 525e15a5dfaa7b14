package dev.journeymaps.domain.board;

import dev.journeymaps.domain.Limits;
import dev.journeymaps.domain.Text;
import dev.journeymaps.domain.Violations;

/**
 * A row of the map holding one kind of card. Position is its 0-based order within the map. A hidden lane
 * keeps its cards but is not drawn (the map lists it under "hidden lanes").
 */
public record Lane(long id, long mapId, LaneKind kind, String title, int position, boolean hidden) {

    public Lane(long id, long mapId, LaneKind kind, String title, int position) {
        this(id, mapId, kind, title, position, false);
    }

    public static String validTitle(String title) {
        String value = Text.orEmpty(title);
        new Violations().required("title", value, Limits.LANE_TITLE).throwIfAny();
        return value;
    }

    public Lane at(int newPosition) {
        return new Lane(id, mapId, kind, title, newPosition, hidden);
    }

    public Lane titled(String newTitle) {
        return new Lane(id, mapId, kind, newTitle, position, hidden);
    }

    public Lane hidden(boolean hide) {
        return new Lane(id, mapId, kind, title, position, hide);
    }
}
