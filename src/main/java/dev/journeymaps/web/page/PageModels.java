package dev.journeymaps.web.page;

import dev.journeymaps.web.Formats;
import dev.journeymaps.web.page.board.BoardRows;
import dev.journeymaps.web.page.board.EmotionCurveSvg;
import dev.journeymaps.web.page.board.FilterView;
import dev.journeymaps.web.page.board.MapListPage;
import dev.journeymaps.web.page.board.MapRow;
import dev.journeymaps.web.page.board.MapViewPage;
import dev.journeymaps.web.page.board.PersonaView;
import dev.journeymaps.web.page.board.StageColumn;
import dev.journeymaps.web.page.work.WorkFilter;
import dev.journeymaps.web.page.work.WorkViews;
import dev.journeymaps.app.work.Freshness;
import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.app.work.MapWork;
import dev.journeymaps.domain.work.ActionableCard;
import dev.journeymaps.domain.board.Channel;
import dev.journeymaps.domain.board.EvidenceType;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapFilter;
import dev.journeymaps.domain.work.MapRollup;
import dev.journeymaps.domain.board.MapSummary;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.board.Persona;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.domain.work.WorkStatus;
import dev.journeymaps.web.IssueUrls;
import dev.journeymaps.web.Messages;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns domain objects into the plain view models the templates read: labels translated, dates
 * formatted, the grid laid out as lanes of cells, so templates need nothing beyond loops.
 */
final class PageModels {
    // Jira's default "complete" date-time format.

    private final Messages messages;
    private final Formats formats;
    private final BoardRows rows;
    private final WorkViews work;
    private final BoardGrids grids;

    PageModels(Messages messages, Formats formats) {
        this(messages, formats, null);
    }

    /** With {@code grids}: the map view's grid and work roll-up are reused from there when nothing they show changed. */
    PageModels(Messages messages, Formats formats, BoardGrids grids) {
        this.messages = messages;
        this.formats = formats;
        this.rows = new BoardRows(messages);
        this.work = new WorkViews(messages, formats);
        this.grids = grids;
    }

    MapListPage list(String projectKey, List<MapSummary> summaries, PageUrls urls) {
        return list(projectKey, summaries, List.of(), MapFilter.ALL, Map.of(), urls);
    }

    /**
     * The list of {@code all} the project's maps that pass {@code filter}, each with its work roll-up from
     * {@code rollups} (by map id); owners to filter by come from all of them.
     */
    MapListPage list(String projectKey, List<MapSummary> all, List<Persona> personas, MapFilter filter,
                     Map<Long, MapRollup> rollups, PageUrls urls) {
        Map<Long, String> personaNames = personas.stream().collect(Collectors.toMap(Persona::id, Persona::name));
        List<MapRow> shown = all.stream().filter(summary -> filter.matches(summary.map()))
                .map(summary -> row(summary, personaNames, rollups.getOrDefault(summary.map().id(), MapRollup.EMPTY), urls)).toList();
        List<Option> types = Arrays.stream(MapType.values())
                .map(type -> new Option(type.key(), typeLabel(type), type == filter.type())).toList();
        List<Option> personaOptions = personas.stream()
                .map(p -> new Option(String.valueOf(p.id()), p.name(), Objects.equals(p.id(), filter.personaId()))).toList();
        List<Option> owners = all.stream().map(s -> s.map().ownerKey()).filter(o -> !o.isEmpty()).distinct().sorted()
                .map(o -> new Option(o, o, o.equals(filter.ownerKey()))).toList();
        FilterView filterView = new FilterView(filter.type() == null ? "" : filter.type().key(),
                filter.personaId() == null ? "" : String.valueOf(filter.personaId()), filter.ownerKey(), filter.search(), !filter.isEmpty());
        return new MapListPage(projectKey, urls.project(projectKey), shown, all.size(), types, filterView, personaOptions, owners,
                personas.stream().map(PageModels::persona).toList());
    }

    /** The map without any linked work (as a map whose pain points nobody has linked yet). */
    MapViewPage view(MapBoard board, PageUrls urls) {
        WorkStatus none = WorkStatus.of(ActionableCard.of(board), board.stages().stream().map(Stage::id).toList(), List.of(),
                Map.of(), Map.of());
        return view(new MapWork(board, none, Freshness.current(Instant.EPOCH)), IssueUrls.NONE, urls);
    }

    MapViewPage view(MapWork mapWork, IssueUrls issueUrls, PageUrls urls) {
        return view(mapWork, new MapCatalog.Related(java.util.Optional.empty(), List.of()), List.of(), WorkFilter.ALL, issueUrls, urls);
    }

    MapViewPage view(MapWork mapWork, MapCatalog.Related related, List<Persona> personas, WorkFilter filter, IssueUrls issueUrls,
                     PageUrls urls) {
        MapBoard board = mapWork.board();
        JourneyMap map = board.map();
        List<StageColumn> stages = board.stages().stream()
                .map(stage -> new StageColumn(stage.id(), stage.name(), board.cardsInStage(stage.id()).size())).toList();
        PersonaView profile = personas.stream().filter(p -> Objects.equals(p.id(), map.personaId())).findFirst()
                .map(PageModels::persona).orElse(null);
        BoardGrids.Models models = models(mapWork, filter, issueUrls, urls.map(map.id()));
        MapBoard.Validation validation = board.validation();
        String validationLabel = messages.getText("journeymaps.view.validation",
                validation.backed(), validation.total(), validation.percent());
        return new MapViewPage(map.id(), map.version(), map.projectKey(), urls.project(map.projectKey()), map.title(),
                map.type().key(), typeLabel(map.type()), owner(map),
                map.scope().persona(), map.scope().journey(), map.scope().goal(), map.scope().purpose(), profile,
                board.stages().size(), board.cards().size(), board.countPainPoints(), validationLabel, validation.percent(),
                stages, models.lanes(),
                board.lanes().stream().filter(l -> l.hidden()).map(l -> new Option(String.valueOf(l.id()), l.title())).toList(),
                EmotionCurveSvg.of(board.emotionCurve()),
                related.origin().map(o -> new MapLink(o.title(), urls.map(o.id()))).orElse(null),
                related.derived().stream().map(d -> new MapLink(d.title(), urls.map(d.id()))).toList(),
                map.type() == MapType.CURRENT_STATE,
                personas.stream().map(p -> new Option(String.valueOf(p.id()), p.name(), Objects.equals(p.id(), map.personaId()))).toList(),
                options(LaneKind.values(), LaneKind::key, "journeymaps.lane.kind."),
                options(Channel.values(), Channel::key, "journeymaps.channel."),
                options(EvidenceType.values(), EvidenceType::key, "journeymaps.evidence.type."),
                models.work());
    }

    /** The grid's lanes of cards and the map's work roll-up: from {@link BoardGrids} when given, else built now. */
    private BoardGrids.Models models(MapWork mapWork, WorkFilter filter, IssueUrls issueUrls, String mapUrl) {
        if (grids == null) {
            return models(mapWork, filter, issueUrls, mapUrl, rows, work);
        }
        return grids.models(mapWork, filter, issueUrls, mapUrl, formats.dateTime(mapWork.freshness().asOf()), messages,
                recorded -> models(mapWork, filter, issueUrls, mapUrl, new BoardRows(recorded), new WorkViews(recorded, formats)));
    }

    private static BoardGrids.Models models(MapWork mapWork, WorkFilter filter, IssueUrls issueUrls, String mapUrl,
                                            BoardRows rows, WorkViews work) {
        MapBoard board = mapWork.board();
        return new BoardGrids.Models(rows.lanes(board, work.cards(mapWork.status(), issueUrls), filter),
                work.map(board, mapWork.status(), mapWork.freshness(), filter, mapUrl, issueUrls));
    }

    private <T> List<Option> options(T[] values, Function<T, String> key, String prefix) {
        return Arrays.stream(values).map(v -> new Option(key.apply(v), messages.getText(prefix + key.apply(v)))).toList();
    }

    private static PersonaView persona(Persona p) {
        return new PersonaView(p.id(), p.name(), p.content().description(), p.content().goals(), p.content().frustrations(), p.version());
    }

    private MapRow row(MapSummary summary, Map<Long, String> personaNames, MapRollup rollup, PageUrls urls) {
        JourneyMap map = summary.map();
        String personaName = map.personaId() == null ? map.scope().persona() : personaNames.getOrDefault(map.personaId(), "");
        return new MapRow(map.id(), urls.map(map.id()), map.title(), map.type().key(), typeLabel(map.type()), owner(map),
                personaName, summary.stageCount(), summary.cardCount(), summary.painPointCount(),
                map.updated().toString(), formats.dateTime(map.updated()), work.rowLabel(rollup), map.archived());
    }

    private String typeLabel(MapType type) {
        return messages.getText("journeymaps.map.type." + type.key());
    }

    private String owner(JourneyMap map) {
        return map.ownerKey().isEmpty() ? messages.getText("journeymaps.map.owner.none") : map.ownerKey();
    }
}
