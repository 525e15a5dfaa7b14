package dev.journeymaps.store;

import dev.journeymaps.domain.Card;
import dev.journeymaps.domain.Channel;
import dev.journeymaps.domain.Evidence;
import dev.journeymaps.domain.EvidenceType;
import dev.journeymaps.domain.JourneyMap;
import dev.journeymaps.domain.Lane;
import dev.journeymaps.domain.LaneKind;
import dev.journeymaps.domain.MapType;
import dev.journeymaps.domain.Persona;
import dev.journeymaps.domain.ScopeCard;
import dev.journeymaps.domain.Stage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/** Turns rows into domain records. Empty text is stored as NULL (Oracle cannot tell them apart). */
final class Rows {
    private Rows() {
    }

    static JourneyMap map(MapEntity row) {
        return new JourneyMap(row.getID(), row.getProjectKey(), row.getTitle(), MapType.fromKey(row.getType()),
                new ScopeCard(row.getPersona(), row.getJourney(), row.getGoal(), row.getPurpose()),
                row.getOwnerKey(), instant(row.getCreatedAt()), instant(row.getUpdatedAt()), row.getVersion(),
                row.getPersonaId(), row.getOriginMapId());
    }

    static Stage stage(StageEntity row) {
        return new Stage(row.getID(), row.getMapId(), row.getName(), row.getPosition());
    }

    static Lane lane(LaneEntity row) {
        return new Lane(row.getID(), row.getMapId(), LaneKind.fromKey(row.getKind()), row.getTitle(), row.getPosition(),
                Boolean.TRUE.equals(row.getHidden()));
    }

    static Card card(CardEntity row) {
        return new Card(row.getID(), row.getMapId(), row.getLaneId(), row.getStageId(), row.getPosition(),
                text(row.getText()), row.getDetails(), row.getEmotion(), Channel.fromKey(row.getChannel()));
    }

    static Persona persona(PersonaEntity row) {
        return new Persona(row.getID(), row.getProjectKey(),
                new Persona.Content(row.getName(), row.getDescription(), row.getGoals(), row.getFrustrations()), row.getVersion());
    }

    static Evidence evidence(EvidenceEntity row) {
        return new Evidence(row.getID(), row.getMapId(), row.getCardId(), new Evidence.Content(
                EvidenceType.fromKey(row.getType()), Boolean.TRUE.equals(row.getQuantitative()), row.getCustomersAffected(),
                row.getSourceUrl(), row.getQuote(), day(row.getEvidenceDate())));
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** A day is stored as its UTC midnight, so every host and time zone reads the same day back. */
    static Date date(LocalDate day) {
        return day == null ? null : Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    static LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
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
