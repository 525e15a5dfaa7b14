package dev.journeymaps.domain;

/** A row of the map holding one kind of card. Position is its 0-based order within the map. */
public record Lane(long id, long mapId, LaneKind kind, String title, int position) {

    public static String validTitle(String title) {
        String value = Text.orEmpty(title);
        new Violations().required("title", value, Limits.LANE_TITLE).throwIfAny();
        return value;
    }
}
