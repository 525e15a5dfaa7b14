package dev.journeymaps.web.page.exchange;

import dev.journeymaps.app.exchange.MapExport;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.web.LocaleFormats;
import dev.journeymaps.web.IssueUrls;
import dev.journeymaps.web.Messages;
import dev.journeymaps.web.page.board.BoardRows;
import dev.journeymaps.web.page.board.CardView;
import dev.journeymaps.web.page.board.CellView;
import dev.journeymaps.web.page.board.CurvePointView;
import dev.journeymaps.web.page.board.CurveView;
import dev.journeymaps.web.page.board.EmotionCurveSvg;
import dev.journeymaps.web.page.board.LaneRow;
import dev.journeymaps.web.page.work.CardWork;
import dev.journeymaps.web.page.work.WorkViews;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole board as one SVG document, drawn on the server from the model the map page draws ({@link BoardRows}: the
 * visible lanes of cells of decorated cards, the work lozenges of {@link WorkViews}, the emotion curve of
 * {@link EmotionCurveSvg}). Text stays text ({@code <text>}, escaped once), so it can be searched, selected and read
 * by screen readers, and PNG is rasterised from this same document.
 */
public final class BoardSvg {
    private static final Map<String, String> LANE_FILL = Map.of("pain-points", "#ffebe6", "opportunities", "#e3fcef",
            "emotions", "#eae6ff", "touchpoints", "#deebff", "frontstage", "#deebff", "channels", "#deebff");
    private static final Map<String, String> ISSUE_FILL = Map.of("done", "#00875a", "in-progress", "#0052cc");

    private final Messages messages;

    public BoardSvg(Messages messages) {
        this.messages = messages;
    }

    public String render(MapExport export, ExportOptions options) {
        MapBoard board = options.stagesOf(export.board());
        Map<Long, CardWork> work = new WorkViews(messages, new LocaleFormats(Locale.ROOT, ZoneOffset.UTC))
                .cards(export.work().status(), IssueUrls.NONE);
        List<LaneRow> lanes = new BoardRows(messages).lanes(board, work, options.work());
        CurveView curve = EmotionCurveSvg.of(board.emotionCurve());
        BoardLayout layout = new BoardLayout(messages, options.hideMetadata());
        List<String> header = header(board.map(), board, options.hideMetadata());
        int top = BoardLayout.MARGIN + 30 + header.size() * BoardLayout.LINE + 10;
        boolean curveOnTop = curve.drawn() && lanes.stream().noneMatch(LaneRow::curveAfter);
        int height = top + BoardLayout.STAGE_HEAD + (curve.drawn() ? BoardLayout.CURVE_H : 0)
                + lanes.stream().mapToInt(layout::rowHeight).sum() + BoardLayout.MARGIN;
        int width = BoardLayout.width(board.stages().size());
        SvgWriter svg = new SvgWriter().open(width, height, board.map().title()).describe(options.address());
        svg.text(BoardLayout.MARGIN, BoardLayout.MARGIN + 20, board.map().title(), " font-size=\"20\" font-weight=\"bold\" fill=\"#172b4d\"");
        svg.text(BoardLayout.MARGIN, BoardLayout.MARGIN + 44, header, " fill=\"#42526e\"");
        int y = top;
        for (int i = 0; i < board.stages().size(); i++) {
            Stage stage = board.stages().get(i);
            svg.rect(x(i), y, BoardLayout.COL_W - 4, BoardLayout.STAGE_HEAD - 6, "#0052cc", "", "");
            svg.text(x(i) + 10, y + 19, SvgWriter.wrap(stage.name(), BoardLayout.WRAP).get(0) , " fill=\"#ffffff\" font-weight=\"bold\"");
        }
        y += BoardLayout.STAGE_HEAD;
        if (curveOnTop) {
            y = curve(svg, curve, board.stages().size(), y);
        }
        for (LaneRow lane : lanes) {
            int rowHeight = layout.rowHeight(lane);
            svg.rect(BoardLayout.MARGIN, y, BoardLayout.LABEL_W - 8, rowHeight - 4, "#f4f5f7", "", "");
            svg.text(BoardLayout.MARGIN + 8, y + 20, SvgWriter.wrap(lane.title(), 20), " font-weight=\"bold\" fill=\"#172b4d\"");
            for (int i = 0; i < lane.cells().size(); i++) {
                cell(svg, layout, lane, lane.cells().get(i), x(i), y + BoardLayout.GAP / 2);
            }
            y += rowHeight;
            if (lane.curveAfter()) {
                y = curve(svg, curve, board.stages().size(), y);
            }
        }
        return svg.close();
    }

    private List<String> header(JourneyMap map, MapBoard board, boolean hideMetadata) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.getText("journeymaps.map.type." + map.type().key()));
        scope(lines, "journeymaps.export.scope.persona", map.scope().persona());
        scope(lines, "journeymaps.export.scope.journey", map.scope().journey());
        scope(lines, "journeymaps.export.scope.goal", map.scope().goal());
        scope(lines, "journeymaps.export.scope.purpose", map.scope().purpose());
        if (!hideMetadata) {
            MapBoard.Validation validation = board.validation();
            lines.add(messages.getText("journeymaps.export.metadata",
                    map.ownerKey().isEmpty() ? messages.getText("journeymaps.map.owner.none") : map.ownerKey(), map.version(),
                    messages.getText("journeymaps.view.validation", validation.backed(), validation.total(), validation.percent())));
        }
        return lines;
    }

    private void scope(List<String> lines, String key, String value) {
        if (!value.isEmpty()) {
            lines.addAll(SvgWriter.wrap(messages.getText(key) + " " + value, 160));
        }
    }

    private void cell(SvgWriter svg, BoardLayout layout, LaneRow lane, CellView cell, int x, int top) {
        int y = top;
        String fill = LANE_FILL.getOrDefault(lane.kindKey(), "#ffffff");
        for (CardView card : cell.cards()) {
            int h = layout.cardHeight(card);
            svg.raw("<g id=\"card-" + card.id() + "\"" + (card.dimmed() ? " opacity=\"0.35\"" : "") + ">\n");
            svg.rect(x, y, BoardLayout.CARD_W, h, fill, "#c1c7d0", "");
            int line = y + BoardLayout.CARD_PAD + 12;
            List<BoardLayout.Line> lines = layout.lines(card);
            List<String> text = lines.stream().filter(l -> l.role() == BoardLayout.Role.TEXT).map(BoardLayout.Line::text).toList();
            svg.text(x + 8, line, text, " fill=\"#172b4d\"");
            line += text.size() * BoardLayout.LINE;
            for (BoardLayout.Line l : lines.subList(text.size(), lines.size())) {
                if (l.role() == BoardLayout.Role.ISSUE) {
                    svg.rect(x + 8, line - 9, 8, 8, ISSUE_FILL.getOrDefault(l.category(), "#97a0af"), "", "");
                    svg.text(x + 20, line, l.text(), " fill=\"#172b4d\" font-size=\"11\"");
                } else {
                    svg.text(x + 8, line, l.text(), " fill=\"#5e6c84\" font-size=\"11\"");
                }
                line += BoardLayout.LINE;
            }
            svg.raw("</g>\n");
            y += h + BoardLayout.GAP;
        }
    }

    /** The emotion curve across the stage columns: the page's own path, stretched from its 1000 × 160 box. */
    private static int curve(SvgWriter svg, CurveView curve, int stages, int y) {
        int left = x(0);
        int width = stages * BoardLayout.COL_W;
        int h = BoardLayout.CURVE_H;
        svg.raw("<svg x=\"" + left + "\" y=\"" + y + "\" width=\"" + width + "\" height=\"" + (h - 10)
                + "\" viewBox=\"0 0 " + curve.width() + " " + curve.height() + "\" preserveAspectRatio=\"none\">\n"
                + "<line x1=\"0\" x2=\"" + curve.width() + "\" y1=\"" + curve.zeroY() + "\" y2=\"" + curve.zeroY()
                + "\" stroke=\"#c1c7d0\" stroke-dasharray=\"6 6\"/>\n"
                + "<path d=\"" + curve.areaData() + "\" fill=\"#eae6ff\"/>\n"
                + "<path d=\"" + curve.pathData() + "\" fill=\"none\" stroke=\"#5243aa\" stroke-width=\"3\"/>\n</svg>\n");
        for (CurvePointView point : curve.points()) {
            if (point.scored()) {
                double cx = left + percent(point.left()) * width;
                double cy = y + percent(point.top()) * (h - 10);
                svg.raw("<circle cx=\"" + SvgWriter.num(cx) + "\" cy=\"" + SvgWriter.num(cy) + "\" r=\"5\" fill=\""
                        + (point.lowest() ? "#de350b" : "#5243aa") + "\"/>\n");
                svg.text(cx + 8, cy - 6, point.scoreLabel(), " font-size=\"11\" fill=\"#172b4d\"");
            }
        }
        return y + h;
    }

    private static double percent(String value) {
        return Double.parseDouble(value.substring(0, value.length() - 1)) / 100;
    }

    private static int x(int stageIndex) {
        return BoardLayout.MARGIN + BoardLayout.LABEL_W + stageIndex * BoardLayout.COL_W;
    }
}
