package dev.journeymaps.store;

import dev.journeymaps.domain.Card;
import dev.journeymaps.domain.JourneyMap;
import dev.journeymaps.domain.Lane;
import dev.journeymaps.domain.LaneKind;
import dev.journeymaps.domain.MapType;
import dev.journeymaps.domain.ScopeCard;
import dev.journeymaps.domain.Stage;

import java.time.Instant;
import java.util.Date;

/** Turns rows into domain records. Empty text is stored as NULL (Oracle cannot tell them apart). */
final class Rows {
    private Rows() {
    }

    static JourneyMap map(MapEntity row) {
        return new JourneyMap(row.getID(), row.getProjectKey(), row.getTitle(), MapType.fromKey(row.getType()),
                new ScopeCard(row.getPersona(), row.getJourney(), row.getGoal(), row.getPurpose()),
                row.getOwnerKey(), instant(row.getCreatedAt()), instant(row.getUpdatedAt()), row.getVersion());
    }

    static Stage stage(StageEntity row) {
        return new Stage(row.getID(), row.getMapId(), row.getName(), row.getPosition());
    }

    static Lane lane(LaneEntity row) {
        return new Lane(row.getID(), row.getMapId(), LaneKind.fromKey(row.getKind()), row.getTitle(), row.getPosition());
    }

    static Card card(CardEntity row) {
        return new Card(row.getID(), row.getMapId(), row.getLaneId(), row.getStageId(), row.getPosition(),
                text(row.getText()), row.getDetails());
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static String orNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    static Date date(Instant instant) {
        return Date.from(instant);
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** AO's {@code Entity} ids are ints; domain ids are longs. An id no row can have becomes -1. */
    static int id(long id) {
        return id < 0 || id > Integer.MAX_VALUE ? -1 : (int) id;
    }
}
