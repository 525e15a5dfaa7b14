package dev.journeymaps.web.page.exchange;

import dev.journeymaps.app.exchange.MapExport;
import dev.journeymaps.app.stewardship.PriorityReport;
import dev.journeymaps.app.work.MapWork;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Evidence;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.stewardship.CardPriority;
import dev.journeymaps.domain.stewardship.PriorityFilter;
import dev.journeymaps.domain.stewardship.PriorityOrder;
import dev.journeymaps.domain.stewardship.Quadrant;
import dev.journeymaps.domain.stewardship.RankedCard;
import dev.journeymaps.web.IssueUrls;
import dev.journeymaps.web.LocaleFormats;
import dev.journeymaps.web.Messages;
import dev.journeymaps.web.page.work.CardWork;
import dev.journeymaps.web.page.work.IssueLozenge;
import dev.journeymaps.web.page.work.WorkViews;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The spreadsheets of a map: the ranked action list (as the priorities page ranks, sorts and filters it), every card of
 * the board, and the evidence behind the cards. Column names are stable English identifiers (the files are data); the
 * values are what the pages show: lane kinds, states and quadrants by their labels, linked work by issue key (a key Jira
 * has not confirmed for the reader is withheld, as on the board).
 */
public final class CsvExports {
    static final List<String> RANKED = List.of("rank", "map", "stage", "lane", "card", "score", "formula", "quadrant",
            "owner", "owner_name", "evidence", "confidence_percent", "work_state", "linked_issues");
    static final List<String> CARDS = List.of("card_id", "stage", "lane", "lane_kind", "position", "text", "details", "emotion",
            "channel", "evidence", "work_state", "linked_issues");
    static final List<String> EVIDENCE = List.of("evidence_id", "card_id", "card", "stage", "type", "quantitative",
            "customers_affected", "source_url", "quote", "date");

    private final Messages messages;

    public CsvExports(Messages messages) {
        this.messages = messages;
    }

    public byte[] ranked(PriorityReport report, Map<Long, CardWork> work, PriorityOrder order, Collection<PriorityFilter> filters,
                         boolean hideMetadata) {
        CsvSheet sheet = new CsvSheet(RANKED);
        for (RankedCard ranked : report.priorities().ranked(order, filters)) {
            CardPriority p = ranked.priority();
            Quadrant quadrant = p.quadrant();
            String owner = hideMetadata ? "" : p.triage().ownerKey();
            sheet.row().number(ranked.rank() == 0 ? null : ranked.rank()).text(p.map().title()).text(p.stage().name())
                    .text(p.lane().title()).text(p.card().text()).number(p.score().value()).text(p.score().formula())
                    .text(quadrant == null ? "" : messages.getText("journeymaps.quadrant." + quadrant.key()))
                    .text(owner).text(owner.isEmpty() ? "" : report.ownerName(owner)).number(p.evidence().items())
                    .number(p.confidence().percent());
            work(sheet, work.get(p.card().id()));
        }
        return sheet.bytes();
    }

    public byte[] cards(MapExport export, ExportOptions options) {
        MapBoard board = options.stagesOf(export.board());
        Map<Long, CardWork> work = work(export.work());
        CsvSheet sheet = new CsvSheet(CARDS);
        for (var stage : board.stages()) {
            for (var lane : board.lanes()) {
                for (Card card : board.cardsIn(lane.id(), stage.id())) {
                    CardWork w = work.get(card.id());
                    if (!options.work().shows(w == null ? null : w.state())) {
                        continue;
                    }
                    sheet.row().number(card.id()).text(stage.name()).text(lane.title())
                            .text(messages.getText("journeymaps.lane.kind." + lane.kind().key())).number(card.position() + 1)
                            .text(card.text()).text(card.details()).number(card.emotion())
                            .text(card.channel() == null ? "" : messages.getText("journeymaps.channel." + card.channel().key()))
                            .number(board.isActionable(card) ? board.evidenceFor(card.id()).size() : null);
                    work(sheet, w);
                }
            }
        }
        return sheet.bytes();
    }

    public byte[] evidence(MapExport export, ExportOptions options) {
        MapBoard board = options.stagesOf(export.board());
        CsvSheet sheet = new CsvSheet(EVIDENCE);
        for (Evidence e : board.evidence()) {
            Card card = board.card(e.cardId()).orElse(null);
            if (card == null) {
                continue;
            }
            Evidence.Content c = e.content();
            sheet.row().number(e.id()).number(card.id()).text(card.text())
                    .text(board.stage(card.stageId()).map(s -> s.name()).orElse(""))
                    .text(messages.getText("journeymaps.evidence.type." + c.type().key())).flag(c.quantitative())
                    .number(c.customersAffected()).text(c.sourceUrl()).text(c.quote())
                    .text(c.date() == null ? "" : c.date().toString());
        }
        return sheet.bytes();
    }

    /** The linked work of every pain point and opportunity as the board shows it (keys withheld where Jira says so). */
    public Map<Long, CardWork> work(MapWork map) {
        return new WorkViews(messages, new LocaleFormats(Locale.ROOT, ZoneOffset.UTC)).cards(map.status(), IssueUrls.NONE);
    }

    private static void work(CsvSheet sheet, CardWork work) {
        sheet.text(work == null ? "" : work.stateLabel())
                .text(work == null ? "" : work.issues().stream().map(IssueLozenge::key).collect(Collectors.joining(" ")));
    }
}
