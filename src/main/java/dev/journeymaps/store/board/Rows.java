package dev.journeymaps.store.board;

import dev.journeymaps.store.Columns;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Channel;
import dev.journeymaps.domain.board.Evidence;
import dev.journeymaps.domain.board.EvidenceType;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.board.Persona;
import dev.journeymaps.domain.board.ScopeCard;
import dev.journeymaps.domain.board.Stage;


/** Turns the board's rows into domain records. */
public final class Rows {
    private Rows() {
    }

    static JourneyMap map(MapEntity row) {
        return new JourneyMap(row.getID(), row.getProjectKey(), row.getTitle(), MapType.fromKey(row.getType()),
                new ScopeCard(row.getPersona(), row.getJourney(), row.getGoal(), row.getPurpose()),
                row.getOwnerKey(), Columns.instant(row.getCreatedAt()), Columns.instant(row.getUpdatedAt()), row.getVersion(),
                row.getPersonaId(), row.getOriginMapId(), Boolean.TRUE.equals(row.getArchived()));
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
                Columns.text(row.getText()), row.getDetails(), row.getEmotion(), Channel.fromKey(row.getChannel()));
    }

    /** A card's cell and content onto its row; its sort key is not the card's position (a rank) and is left alone. */
    static void write(CardEntity row, Card card) {
        row.setLaneId(card.laneId());
        row.setStageId(card.stageId());
        row.setText(card.text());
        row.setDetails(Columns.orNull(card.details()));
        row.setEmotion(card.emotion());
        row.setChannel(Columns.name(card.channel()));
    }

    static Persona persona(PersonaEntity row) {
        return new Persona(row.getID(), row.getProjectKey(),
                new Persona.Content(row.getName(), row.getDescription(), row.getGoals(), row.getFrustrations()), row.getVersion());
    }

    static Evidence evidence(EvidenceEntity row) {
        return new Evidence(row.getID(), row.getMapId(), row.getCardId(), new Evidence.Content(
                EvidenceType.fromKey(row.getType()), Boolean.TRUE.equals(row.getQuantitative()), row.getCustomersAffected(),
                row.getSourceUrl(), row.getQuote(), Columns.day(row.getEvidenceDate()), Boolean.TRUE.equals(row.getAssumption())));
    }
}
