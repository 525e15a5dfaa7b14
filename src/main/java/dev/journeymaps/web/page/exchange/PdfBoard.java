package dev.journeymaps.web.page.exchange;

import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.web.page.board.CardView;
import dev.journeymaps.web.page.board.LaneRow;

import java.awt.Color;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The board on landscape pages, at two thirds of the SVG's scale so card text stays readable (8 pt): the stages are cut
 * into bands of {@link #STAGES_PER_PAGE} columns side by side (one band after the other, each from a new page), and a
 * band runs down as many pages as its lanes need, with the stage headers and lane titles repeated on every page. A lane
 * taller than the space left is continued on the next page between cards, never through one. The cards and their lines
 * are the SVG's ({@link BoardLayout#lines}), re-wrapped to the card's width in the PDF font.
 */
final class PdfBoard {
    static final float SCALE = 2f / 3;
    static final float LABEL_W = BoardLayout.LABEL_W * SCALE;
    static final float COL_W = BoardLayout.COL_W * SCALE;
    static final float CARD_W = BoardLayout.CARD_W * SCALE;
    static final float LINE = BoardLayout.LINE * SCALE;
    static final float PAD = BoardLayout.CARD_PAD * SCALE;
    static final float GAP = BoardLayout.GAP * SCALE;
    static final float TEXT = 8;
    static final float DETAIL = 7.3f;
    static final float HEAD = 20;
    /** As many stage columns as fit beside the lane titles on a landscape A4 page. */
    static final int STAGES_PER_PAGE = (int) ((PdfCanvas.WIDTH - 2 * PdfCanvas.MARGIN - LABEL_W) / COL_W);
    private static final Color INK = new Color(0x172b4d);
    private static final Color MUTED = new Color(0x5e6c84);
    private static final Color STAGE = new Color(0x0052cc);
    private static final Color LABEL = new Color(0xf4f5f7);
    private static final Color BORDER = new Color(0xc1c7d0);

    private final PdfCanvas pdf;
    private final BoardLayout layout;
    private final String title;
    private int total;

    PdfBoard(PdfCanvas pdf, BoardLayout layout, String title) {
        this.pdf = pdf;
        this.layout = layout;
        this.title = title;
    }

    void draw(List<Stage> stages, List<LaneRow> lanes) {
        total = stages.size();
        for (int from = 0; from < Math.max(1, stages.size()); from += STAGES_PER_PAGE) {
            List<Stage> band = stages.subList(Math.min(from, stages.size()), Math.min(stages.size(), from + STAGES_PER_PAGE));
            pdf.newPage();
            header(band, from);
            for (LaneRow lane : lanes) {
                lane(lane, band, from);
            }
        }
    }

    private void header(List<Stage> band, int first) {
        pdf.text(PdfCanvas.MARGIN, pdf.y(), 9, MUTED, title + " \u00b7 " + (first + 1) + "\u2013" + (first + band.size())
                + " / " + total);
        float top = pdf.y() + 14;
        for (int i = 0; i < band.size(); i++) {
            pdf.rect(x(i), top, COL_W - 3, HEAD - 4, STAGE, null);
            List<String> name = pdf.wrap(band.get(i).name(), TEXT, COL_W - 12);
            pdf.text(x(i) + 6, top + 3, TEXT, Color.WHITE, name.get(0));
        }
        pdf.moveTo(top + HEAD);
    }

    private void lane(LaneRow lane, List<Stage> band, int first) {
        List<Deque<Block>> columns = new ArrayList<>();
        for (int i = 0; i < band.size(); i++) {
            Deque<Block> cards = new ArrayDeque<>();
            lane.cells().get(first + i).cards().forEach(card -> cards.add(block(card)));
            columns.add(cards);
        }
        boolean continued = false;
        do {
            float needed = GAP + (float) columns.stream().mapToDouble(c -> c.stream().mapToDouble(b -> b.height() + GAP).sum())
                    .max().orElse(0);
            if (pdf.y() + Math.max(needed, 24) > PdfCanvas.BOTTOM && pdf.y() > PdfCanvas.MARGIN + 40) {
                pdf.newPage();
                header(band, first);
            }
            float top = pdf.y();
            float bottom = top + GAP;
            for (int i = 0; i < columns.size(); i++) {
                float y = top + GAP / 2;
                Deque<Block> cards = columns.get(i);
                while (!cards.isEmpty() && (y + cards.peek().height() <= PdfCanvas.BOTTOM || y == top + GAP / 2)) {
                    Block block = cards.poll();
                    card(block, x(i), y);
                    y += block.height() + GAP;
                }
                bottom = Math.max(bottom, y);
            }
            float height = Math.max(24, bottom - top);
            pdf.rect(PdfCanvas.MARGIN, top, LABEL_W - 6, height - 3, LABEL, null);
            List<String> label = pdf.wrap(lane.title() + (continued ? " (\u2026)" : ""), TEXT, LABEL_W - 14);
            for (int l = 0; l < label.size() && 6 + l * LINE < height - LINE; l++) {
                pdf.text(PdfCanvas.MARGIN + 5, top + 5 + l * LINE, TEXT, INK, label.get(l));
            }
            pdf.moveTo(top + height);
            continued = columns.stream().anyMatch(c -> !c.isEmpty());
            if (continued) {
                pdf.newPage();
                header(band, first);
            }
        } while (continued);
    }

    /** A card's lines in the PDF font: its text at 8 pt, then its details at 7.3 pt; at most a page's worth. */
    private Block block(CardView card) {
        List<Line> lines = new ArrayList<>();
        for (BoardLayout.Line line : layout.lines(card)) {
            boolean text = line.role() == BoardLayout.Role.TEXT;
            for (String part : pdf.wrap(line.text(), text ? TEXT : DETAIL, CARD_W - 2 * PAD)) {
                lines.add(new Line(part, text));
            }
        }
        int fit = (int) ((PdfCanvas.BOTTOM - PdfCanvas.MARGIN - 3 * HEAD - 2 * PAD) / LINE);
        if (lines.size() > fit) {
            int left = lines.size() - fit + 1;
            lines = new ArrayList<>(lines.subList(0, fit - 1));
            lines.add(new Line("\u2026 (+" + left + ")", false));
        }
        return new Block(card, lines, 2 * PAD + lines.size() * LINE);
    }

    private void card(Block block, float x, float y) {
        Color fill = block.card().dimmed() ? new Color(0xf4f5f7) : Color.WHITE;
        pdf.rect(x, y, CARD_W, block.height(), fill, BORDER);
        float line = y + PAD;
        for (Line l : block.lines()) {
            pdf.text(x + PAD, line, l.text() ? TEXT : DETAIL, block.card().dimmed() || !l.text() ? MUTED : INK, l.value());
            line += LINE;
        }
    }

    private static float x(int column) {
        return PdfCanvas.MARGIN + LABEL_W + column * COL_W;
    }

    private record Line(String value, boolean text) {
    }

    private record Block(CardView card, List<Line> lines, float height) {
    }
}
