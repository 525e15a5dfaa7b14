package dev.journeymaps.web.page.exchange;

import dev.journeymaps.app.exchange.MapExport;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Evidence;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.domain.history.MapReview;
import dev.journeymaps.domain.stewardship.CardPriority;
import dev.journeymaps.domain.stewardship.PriorityFilter;
import dev.journeymaps.domain.stewardship.PriorityOrder;
import dev.journeymaps.domain.stewardship.RankedCard;
import dev.journeymaps.web.LocaleFormats;
import dev.journeymaps.web.Messages;
import dev.journeymaps.web.page.board.BoardRows;
import dev.journeymaps.web.page.work.CardWork;
import dev.journeymaps.web.page.work.IssueLozenge;

import java.awt.Color;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A map as a PDF document on landscape A4 pages: the scope card (title, type, persona, journey, goal, purpose, owner and
 * review state), the board ({@link PdfBoard}), the ranked action list with owners and linked work (as the priorities
 * page ranks, sorts and filters it) and the evidence appendix. Options as the other exports: the work filter dims cards
 * on the board and leaves them out of the list, the stage range cuts all three, hidden metadata leaves out the owner,
 * version, review state and evidence counts. Every text is the model's own, shown as text.
 */
public final class MapPdf {
    private static final Color INK = new Color(0x172b4d);
    private static final Color MUTED = new Color(0x42526e);

    private final Messages messages;
    private final LocaleFormats formats = new LocaleFormats(Locale.ROOT, ZoneOffset.UTC);

    public MapPdf(Messages messages) {
        this.messages = messages;
    }

    /** {@code review} is the map's review status and {@code names} gives a user key's display name. */
    public byte[] render(MapExport export, MapReview review, Function<String, String> names, ExportOptions options,
                         PriorityOrder order, Collection<PriorityFilter> filters) {
        MapBoard board = options.stagesOf(export.board());
        Map<Long, CardWork> work = new CsvExports(messages).work(export.work());
        JourneyMap map = board.map();
        try (PdfCanvas pdf = new PdfCanvas(map.title())) {
            scope(pdf, board, review, names, options.hideMetadata(), options.address());
            new PdfBoard(pdf, new BoardLayout(messages, options.hideMetadata()), map.title())
                    .draw(board.stages(), new BoardRows(messages).lanes(board, work, options.work()));
            actions(pdf, export, board, work, options, order, filters);
            evidence(pdf, board);
            return pdf.bytes();
        }
    }

    private void scope(PdfCanvas pdf, MapBoard board, MapReview review, Function<String, String> names, boolean hideMetadata,
                       String address) {
        JourneyMap map = board.map();
        pdf.newPage();
        List<String> title = pdf.wrap(map.title(), 20, PdfCanvas.WIDTH - 2 * PdfCanvas.MARGIN);
        for (String line : title) {
            pdf.text(PdfCanvas.MARGIN, pdf.y(), 20, INK, line);
            pdf.moveTo(pdf.y() + 26);
        }
        List<String> lines = new ArrayList<>();
        lines.add(messages.getText("journeymaps.map.type." + map.type().key()) + " \u00b7 " + map.projectKey());
        field(lines, "journeymaps.export.scope.persona", map.scope().persona());
        field(lines, "journeymaps.export.scope.journey", map.scope().journey());
        field(lines, "journeymaps.export.scope.goal", map.scope().goal());
        field(lines, "journeymaps.export.scope.purpose", map.scope().purpose());
        field(lines, "journeymaps.export.scope.address", address);
        if (!hideMetadata) {
            MapBoard.Validation validation = board.validation();
            lines.add(messages.getText("journeymaps.export.metadata", map.ownerKey().isEmpty()
                    ? messages.getText("journeymaps.map.owner.none") : names.apply(map.ownerKey()), map.version(),
                    messages.getText("journeymaps.view.validation", validation.backed(), validation.total(), validation.percent())));
            String last = review.cadence().wasReviewed()
                    ? messages.getText("journeymaps.review.last", formats.date(review.cadence().lastReviewedAt()),
                    names.apply(review.cadence().lastReviewedBy()))
                    : messages.getText("journeymaps.review.never");
            lines.add(messages.getText("journeymaps.export.pdf.review",
                    messages.getText("journeymaps.review.state." + review.state().key()), formats.date(review.dueAt()), last));
        }
        for (String line : lines) {
            for (String part : pdf.wrap(line, 11, PdfCanvas.WIDTH - 2 * PdfCanvas.MARGIN)) {
                pdf.ensure(16);
                pdf.text(PdfCanvas.MARGIN, pdf.y(), 11, MUTED, part);
                pdf.moveTo(pdf.y() + 16);
            }
        }
    }

    private void field(List<String> lines, String key, String value) {
        if (!value.isEmpty()) {
            lines.add(messages.getText(key) + " " + value);
        }
    }

    private void actions(PdfCanvas pdf, MapExport export, MapBoard board, Map<Long, CardWork> work, ExportOptions options,
                         PriorityOrder order, Collection<PriorityFilter> filters) {
        Set<Long> stages = board.stages().stream().map(Stage::id).collect(Collectors.toSet());
        PdfTable table = new PdfTable(pdf, List.of(messages.getText("journeymaps.priorities.column.rank"),
                messages.getText("journeymaps.priorities.column.card"), messages.getText("journeymaps.export.pdf.where"),
                messages.getText("journeymaps.export.pdf.score"), messages.getText("journeymaps.export.pdf.owner"),
                messages.getText("journeymaps.priorities.column.work")), 34, 270, 130, 110, 100, 142);
        for (RankedCard ranked : export.priorities().priorities().ranked(order, filters)) {
            CardPriority p = ranked.priority();
            CardWork w = work.get(p.card().id());
            if (!stages.contains(p.stage().id()) || !options.work().shows(w == null ? null : w.state())) {
                continue;
            }
            String owner = options.hideMetadata() || p.triage().ownerKey().isEmpty() ? ""
                    : export.priorities().ownerName(p.triage().ownerKey());
            String quadrant = p.quadrant() == null ? "" : " \u00b7 " + messages.getText("journeymaps.quadrant." + p.quadrant().key());
            table.row(List.of(ranked.rank() == 0 ? "" : Integer.toString(ranked.rank()), p.card().text(),
                    p.stage().name() + " \u00b7 " + p.lane().title(), p.score().formula() + quadrant, owner,
                    w == null ? "" : w.stateLabel() + " " + w.issues().stream().map(IssueLozenge::key).collect(Collectors.joining(" "))));
        }
        table.draw(messages.getText("journeymaps.export.pdf.actions"), messages.getText("journeymaps.export.pdf.none"));
    }

    private void evidence(PdfCanvas pdf, MapBoard board) {
        PdfTable table = new PdfTable(pdf, List.of(messages.getText("journeymaps.priorities.column.card"),
                messages.getText("journeymaps.export.pdf.type"), messages.getText("journeymaps.export.pdf.customers"),
                messages.getText("journeymaps.export.pdf.source"), messages.getText("journeymaps.export.pdf.quote"),
                messages.getText("journeymaps.export.pdf.date")), 200, 90, 60, 170, 210, 56);
        for (Evidence e : board.evidence()) {
            Card card = board.card(e.cardId()).orElse(null);
            if (card != null) {
                Evidence.Content c = e.content();
                table.row(List.of(card.text(), messages.getText("journeymaps.evidence.type." + c.type().key())
                                + (c.quantitative() ? " (" + messages.getText("journeymaps.export.pdf.quantitative") + ")" : ""),
                        c.customersAffected() == null ? "" : c.customersAffected().toString(), c.sourceUrl(), c.quote(),
                        c.date() == null ? "" : c.date().toString()));
            }
        }
        table.draw(messages.getText("journeymaps.export.pdf.evidence"), messages.getText("journeymaps.export.pdf.none"));
    }
}
