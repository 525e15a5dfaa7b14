package dev.journeymaps.web.rest;

import dev.journeymaps.domain.Card;
import dev.journeymaps.domain.JourneyMap;
import dev.journeymaps.domain.Lane;
import dev.journeymaps.domain.MapBoard;
import dev.journeymaps.domain.MapSummary;
import dev.journeymaps.domain.Stage;

import java.time.Instant;
import java.util.List;

/** JSON shapes of the REST API's responses. Field names are the API contract; keep them stable. */
final class MapJson {
    private MapJson() {
    }

    record Header(long id, String projectKey, String title, String type, String persona, String journey,
                  String goal, String purpose, String owner, Instant created, Instant updated, long version) {
        static Header of(JourneyMap map) {
            return new Header(map.id(), map.projectKey(), map.title(), map.type().key(), map.scope().persona(),
                    map.scope().journey(), map.scope().goal(), map.scope().purpose(), map.ownerKey(),
                    map.created(), map.updated(), map.version());
        }
    }

    record StageJson(long id, String name, int position) {
        static StageJson of(Stage stage) {
            return new StageJson(stage.id(), stage.name(), stage.position());
        }
    }

    record LaneJson(long id, String kind, String title, int position) {
        static LaneJson of(Lane lane) {
            return new LaneJson(lane.id(), lane.kind().key(), lane.title(), lane.position());
        }
    }

    record CardJson(long id, long laneId, long stageId, int position, String text, String details) {
        static CardJson of(Card card) {
            return new CardJson(card.id(), card.laneId(), card.stageId(), card.position(), card.text(), card.details());
        }
    }

    /** A whole map: header fields flattened, plus its stages, lanes and cards. */
    record Board(long id, String projectKey, String title, String type, String persona, String journey,
                 String goal, String purpose, String owner, Instant created, Instant updated, long version,
                 List<StageJson> stages, List<LaneJson> lanes, List<CardJson> cards) {
        static Board of(MapBoard board) {
            Header h = Header.of(board.map());
            return new Board(h.id(), h.projectKey(), h.title(), h.type(), h.persona(), h.journey(), h.goal(),
                    h.purpose(), h.owner(), h.created(), h.updated(), h.version(),
                    board.stages().stream().map(StageJson::of).toList(),
                    board.lanes().stream().map(LaneJson::of).toList(),
                    board.cards().stream().map(CardJson::of).toList());
        }
    }

    record Summary(Header map, int stageCount, int cardCount, int painPointCount) {
        static Summary of(MapSummary summary) {
            return new Summary(Header.of(summary.map()), summary.stageCount(), summary.cardCount(), summary.painPointCount());
        }
    }

    /** Answer to a write on a part of a map: the part as it is now and the map's new version. */
    record StageResult(StageJson stage, long version) {
    }

    record LaneResult(LaneJson lane, long version) {
    }

    record CardResult(CardJson card, long version) {
    }

    record VersionResult(long version) {
    }
}
