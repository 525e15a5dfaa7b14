package dev.journeymaps.web.page.exchange;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A table flowing down landscape pages: a heading, a header row repeated on every page it runs onto, and rows as tall
 * as their longest wrapped cell (a row is never cut between pages).
 */
final class PdfTable {
    static final float SIZE = 8;
    static final float LINE = 10.5f;
    private static final Color INK = new Color(0x172b4d);
    private static final Color MUTED = new Color(0x5e6c84);
    private static final Color RULE = new Color(0xdfe1e6);
    private static final Color HEADER = new Color(0xf4f5f7);

    private final PdfCanvas pdf;
    private final List<String> headers;
    private final float[] widths;
    private final List<List<String>> rows = new ArrayList<>();

    PdfTable(PdfCanvas pdf, List<String> headers, float... widths) {
        this.pdf = pdf;
        this.headers = headers;
        this.widths = widths;
    }

    PdfTable row(List<String> cells) {
        rows.add(cells);
        return this;
    }

    /** Draws the table on a new page under {@code heading}; {@code empty} is written when it has no rows. */
    void draw(String heading, String empty) {
        pdf.newPage();
        pdf.text(PdfCanvas.MARGIN, pdf.y(), 14, INK, heading);
        pdf.moveTo(pdf.y() + 24);
        if (rows.isEmpty()) {
            pdf.text(PdfCanvas.MARGIN, pdf.y(), SIZE + 1, MUTED, empty);
            return;
        }
        headerRow();
        for (List<String> row : rows) {
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int i = 0; i < widths.length; i++) {
                List<String> cell = pdf.wrap(i < row.size() ? row.get(i) : "", SIZE, widths[i] - 6);
                cells.add(cell);
                lines = Math.max(lines, cell.size());
            }
            float height = lines * LINE + 6;
            if (pdf.y() + height > PdfCanvas.BOTTOM && pdf.y() > first()) {
                pdf.newPage();
                headerRow();
            }
            for (int from = 0; from < lines; ) {
                int fit = Math.max(1, (int) ((PdfCanvas.BOTTOM - pdf.y() - 6) / LINE));
                drawLines(cells, from, Math.min(lines, from + fit));
                from += fit;
                if (from < lines) {
                    pdf.newPage();
                    headerRow();
                }
            }
        }
    }

    /** Lines {@code from} (inclusive) to {@code to} of every cell of a row, then a rule under them. */
    private void drawLines(List<List<String>> cells, int from, int to) {
        float top = pdf.y();
        float x = PdfCanvas.MARGIN;
        for (int i = 0; i < widths.length; i++) {
            List<String> cell = cells.get(i);
            for (int l = from; l < Math.min(to, cell.size()); l++) {
                pdf.text(x + 3, top + 3 + (l - from) * LINE, SIZE, INK, cell.get(l));
            }
            x += widths[i];
        }
        float height = (to - from) * LINE + 6;
        pdf.rect(PdfCanvas.MARGIN, top + height - 0.5f, total(), 0.5f, RULE, null);
        pdf.moveTo(top + height);
    }

    /** Where the first row of a page starts (below the header row). */
    private static float first() {
        return PdfCanvas.MARGIN + LINE + 6;
    }

    private void headerRow() {
        float top = pdf.y();
        pdf.rect(PdfCanvas.MARGIN, top, total(), LINE + 6, HEADER, null);
        float x = PdfCanvas.MARGIN;
        for (int i = 0; i < widths.length; i++) {
            pdf.text(x + 3, top + 3, SIZE, MUTED, pdf.wrap(headers.get(i), SIZE, widths[i] - 6).get(0));
            x += widths[i];
        }
        pdf.moveTo(top + LINE + 6);
    }

    private float total() {
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        return sum;
    }
}
