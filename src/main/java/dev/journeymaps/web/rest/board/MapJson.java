package dev.journeymaps.web.rest.board;

import dev.journeymaps.web.rest.IsoDates;
import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.EmotionCurve;
import dev.journeymaps.domain.board.Evidence;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapSummary;
import dev.journeymaps.domain.board.Persona;
import dev.journeymaps.domain.board.Stage;

import java.util.List;

/** JSON shapes of the REST API's responses. Field names are the API contract; keep them stable. */
public final class MapJson {
    private MapJson() {
    }

    record Header(long id, String projectKey, String title, String type, String persona, String journey,
                  String goal, String purpose, String owner, String created, String updated, long version,
                  Long personaId, Long originMapId, boolean archived) {
        static Header of(JourneyMap map) {
            return new Header(map.id(), map.projectKey(), map.title(), map.type().key(), map.scope().persona(),
                    map.scope().journey(), map.scope().goal(), map.scope().purpose(), map.ownerKey(),
                    IsoDates.of(map.created()), IsoDates.of(map.updated()), map.version(), map.personaId(), map.originMapId(),
                    map.archived());
        }
    }

    record StageJson(long id, String name, int position) {
        static StageJson of(Stage stage) {
            return new StageJson(stage.id(), stage.name(), stage.position());
        }
    }

    record LaneJson(long id, String kind, String title, int position, boolean hidden) {
        static LaneJson of(Lane lane) {
            return new LaneJson(lane.id(), lane.kind().key(), lane.title(), lane.position(), lane.hidden());
        }
    }

    /** A card; {@code assumption} is true for a pain point or opportunity without evidence. */
    record CardJson(long id, long laneId, long stageId, int position, String text, String details, Integer emotion,
                    String channel, boolean assumption, List<EvidenceJson> evidence) {
        static CardJson of(MapBoard board, Card card) {
            return new CardJson(card.id(), card.laneId(), card.stageId(), card.position(), card.text(), card.details(),
                    card.emotion(), card.channel() == null ? null : card.channel().key(), board.isAssumption(card),
                    board.evidenceFor(card.id()).stream().map(EvidenceJson::of).toList());
        }
    }

    /** A card with the lane and stage it is in (id, title or name, lane kind) and the map's version. */
    record CardInContext(CardJson card, LaneRef lane, StageRef stage, long version) {
        static CardInContext of(MapBoard board, Card card) {
            Lane lane = board.lane(card.laneId()).orElseThrow();
            Stage stage = board.stage(card.stageId()).orElseThrow();
            return new CardInContext(CardJson.of(board, card), new LaneRef(lane.id(), lane.title(), lane.kind().key()),
                    new StageRef(stage.id(), stage.name()), board.version());
        }
    }

    record LaneRef(long id, String title, String kind) {
    }

    record StageRef(long id, String name) {
    }

    record EvidenceJson(long id, long cardId, String type, boolean quantitative, Integer customersAffected,
                        String sourceUrl, String quote, String date, boolean assumption) {
        static EvidenceJson of(Evidence evidence) {
            Evidence.Content c = evidence.content();
            return new EvidenceJson(evidence.id(), evidence.cardId(), c.type().key(), c.quantitative(), c.customersAffected(),
                    c.sourceUrl(), c.quote(), c.date() == null ? null : c.date().toString(), c.assumption());
        }
    }

    record ValidationJson(int backed, int total, int percent) {
        static ValidationJson of(MapBoard.Validation validation) {
            return new ValidationJson(validation.backed(), validation.total(), validation.percent());
        }
    }

    /** One stage of the emotion curve: the average score of its emotion cards, null when none is scored. */
    record CurvePointJson(long stageId, Double score, int count, boolean lowest) {
        static CurvePointJson of(EmotionCurve.Point point) {
            return new CurvePointJson(point.stageId(), point.score(), point.count(), point.lowest());
        }
    }

    /** A whole map: header fields flattened, plus its stages, lanes and cards, and what is derived from them. */
    record Board(long id, String projectKey, String title, String type, String persona, String journey,
                 String goal, String purpose, String owner, String created, String updated, long version,
                 Long personaId, Long originMapId, boolean archived, List<Long> futureStateMapIds,
                 List<StageJson> stages, List<LaneJson> lanes, List<CardJson> cards,
                 ValidationJson validation, List<CurvePointJson> emotionCurve) {
        static Board of(MapBoard board, MapCatalog.Related related) {
            Header h = Header.of(board.map());
            return new Board(h.id(), h.projectKey(), h.title(), h.type(), h.persona(), h.journey(), h.goal(),
                    h.purpose(), h.owner(), h.created(), h.updated(), h.version(), h.personaId(), h.originMapId(),
                    h.archived(), related.derived().stream().map(JourneyMap::id).toList(),
                    board.stages().stream().map(StageJson::of).toList(),
                    board.lanes().stream().map(LaneJson::of).toList(),
                    board.cards().stream().map(card -> CardJson.of(board, card)).toList(),
                    ValidationJson.of(board.validation()),
                    board.emotionCurve().points().stream().map(CurvePointJson::of).toList());
        }
    }

    record Summary(Header map, int stageCount, int cardCount, int painPointCount) {
        static Summary of(MapSummary summary) {
            return new Summary(Header.of(summary.map()), summary.stageCount(), summary.cardCount(), summary.painPointCount());
        }
    }

    record PersonaJson(long id, String projectKey, String name, String description, String goals, String frustrations,
                       long version) {
        static PersonaJson of(Persona persona) {
            Persona.Content c = persona.content();
            return new PersonaJson(persona.id(), persona.projectKey(), c.name(), c.description(), c.goals(), c.frustrations(),
                    persona.version());
        }
    }

    /** Answer to a write on a part of a map: the part as it is now and the map's new version. */
    record StageResult(StageJson stage, long version) {
    }

    record LaneResult(LaneJson lane, long version) {
    }

    record CardResult(CardJson card, long version) {
    }

    record EvidenceResult(EvidenceJson evidence, long version) {
    }

    public record VersionResult(long version) {
    }
}
