package dev.journeymaps.web.page;

import dev.journeymaps.domain.Card;
import dev.journeymaps.domain.JourneyMap;
import dev.journeymaps.domain.Lane;
import dev.journeymaps.domain.MapBoard;
import dev.journeymaps.domain.MapSummary;
import dev.journeymaps.domain.MapType;
import dev.journeymaps.domain.Stage;
import dev.journeymaps.web.Messages;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns domain objects into the plain view models the templates read: labels translated, dates
 * formatted, the grid laid out as lanes of cells, so templates need nothing beyond loops.
 */
final class PageModels {
    // Jira's default "complete" date-time format.
    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("dd/MMM/yy h:mm a", Locale.ENGLISH);

    private final Messages messages;
    private final ZoneId zone;

    PageModels(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    MapListPage list(String projectKey, List<MapSummary> summaries, PageUrls urls) {
        List<MapRow> rows = summaries.stream().map(summary -> row(summary, urls)).toList();
        List<Option> types = Arrays.stream(MapType.values())
                .map(type -> new Option(type.key(), typeLabel(type)))
                .toList();
        return new MapListPage(projectKey, urls.project(projectKey), rows, types);
    }

    MapViewPage view(MapBoard board, PageUrls urls) {
        JourneyMap map = board.map();
        List<StageColumn> stages = board.stages().stream().map(stage -> new StageColumn(stage.id(), stage.name())).toList();
        List<LaneRow> lanes = board.lanes().stream().map(lane -> lane(board, lane)).toList();
        return new MapViewPage(map.id(), map.version(), map.projectKey(), urls.project(map.projectKey()), map.title(),
                map.type().key(), typeLabel(map.type()), owner(map),
                map.scope().persona(), map.scope().journey(), map.scope().goal(), map.scope().purpose(),
                board.stages().size(), board.cards().size(), board.countPainPoints(), stages, lanes);
    }

    private MapRow row(MapSummary summary, PageUrls urls) {
        JourneyMap map = summary.map();
        return new MapRow(map.id(), urls.map(map.id()), map.title(), map.type().key(), typeLabel(map.type()), owner(map),
                summary.stageCount(), summary.cardCount(), summary.painPointCount(),
                map.updated().toString(), UPDATED.format(map.updated().atZone(zone)));
    }

    private LaneRow lane(MapBoard board, Lane lane) {
        List<CellView> cells = board.stages().stream().map(stage -> cell(board, lane, stage)).toList();
        return new LaneRow(lane.id(), lane.title(), lane.kind().key(),
                messages.getText("journeymaps.lane.kind." + lane.kind().key()), cells);
    }

    private static CellView cell(MapBoard board, Lane lane, Stage stage) {
        List<CardView> cards = board.cardsIn(lane.id(), stage.id()).stream().map(PageModels::card).toList();
        return new CellView(lane.id(), stage.id(), cards);
    }

    private static CardView card(Card card) {
        return new CardView(card.id(), card.text(), card.details());
    }

    private String typeLabel(MapType type) {
        return messages.getText("journeymaps.map.type." + type.key());
    }

    private String owner(JourneyMap map) {
        return map.ownerKey().isEmpty() ? messages.getText("journeymaps.map.owner.none") : map.ownerKey();
    }
}
