package dev.journeymaps.web.page.exchange;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Landscape A4 pages drawn with PDFBox, measured from the top-left (PDF measures from the bottom-left). Text is always
 * shown as text in Liberation Sans (the font PDFBox ships, without ligatures: {@link PdfFont}; embedded as a subset:
 * Latin, Greek, Cyrillic); a character
 * the font has no glyph for is written as {@code ?}, control characters as spaces. Nothing in the text is ever
 * interpreted: there are no links, actions or scripts in these documents.
 */
final class PdfCanvas implements AutoCloseable {
    static final float WIDTH = PDRectangle.A4.getHeight();
    static final float HEIGHT = PDRectangle.A4.getWidth();
    static final float MARGIN = 28;
    static final float BOTTOM = HEIGHT - MARGIN;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    private PDPageContentStream page;
    private float y;

    PdfCanvas(String title) {
        try (InputStream in = new java.io.ByteArrayInputStream(PdfFont.withoutSubstitutions())) {
            font = PDType0Font.load(document, in);
            document.getDocumentInformation().setTitle(printable(title));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page; the cursor goes to its top margin. */
    void newPage() {
        try {
            closePage();
            PDPage next = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            y = MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float y() {
        return y;
    }

    void moveTo(float top) {
        y = top;
    }

    /** Makes room for {@code height} below the cursor: a new page when this one has less left. */
    void ensure(float height) {
        if (page == null || (y + height > BOTTOM && y > MARGIN)) {
            newPage();
        }
    }

    void text(float x, float top, float size, Color color, String text) {
        try {
            page.beginText();
            page.setFont(font, size);
            page.setNonStrokingColor(color);
            page.newLineAtOffset(x, HEIGHT - top - size);
            page.showText(printable(text));
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rect(float x, float top, float w, float h, Color fill, Color stroke) {
        try {
            page.addRect(x, HEIGHT - top - h, w, h);
            if (fill != null) {
                page.setNonStrokingColor(fill);
            }
            if (stroke != null) {
                page.setStrokingColor(stroke);
                page.setLineWidth(0.5f);
            }
            if (fill != null && stroke != null) {
                page.fillAndStroke();
            } else if (fill != null) {
                page.fill();
            } else {
                page.stroke();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text broken into lines no wider than {@code width} at {@code size} (words longer than a line are cut). */
    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text == null ? "" : text.replace("\r\n", "\n")).split("[\n\r]", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                while (width(word, size) > width && word.length() > 1) {
                    if (!line.isEmpty()) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    int cut = word.length() - 1;
                    while (cut > 1 && width(word.substring(0, cut), size) > width) {
                        cut--;
                    }
                    cut = Character.isHighSurrogate(word.charAt(cut - 1)) ? cut - 1 : cut;
                    lines.add(word.substring(0, Math.max(1, cut)));
                    word = word.substring(Math.max(1, cut));
                }
                String joined = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(joined, size) > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(joined);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    float width(String text, float size) {
        try {
            return font.getStringWidth(printable(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() {
        try {
            closePage();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            closePage();
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closePage() throws IOException {
        if (page != null) {
            page.close();
            page = null;
        }
    }

    /** The text as the font can show it: control characters as spaces, characters without a glyph as {@code ?}. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(' ');
            } else if (glyphs.computeIfAbsent(cp, this::hasGlyph)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint))); // throws for a character without a glyph
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
