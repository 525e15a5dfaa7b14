package dev.journeymaps.web.page.exchange;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The PDF exports' font: Liberation Sans as PDFBox ships it, rewritten once per JVM with every glyph it maps from
 * Unicode but without its glyph-substitution (GSUB) table. With that table PDFBox 3 builds a ligature matcher on every
 * {@code showText} — 5 ms a call, most of a 2,000-card PDF's time (112 s); without it Latin, Greek and Cyrillic text
 * looks the same, less the optional "fi"/"fl" ligatures. Fontbox's own subsetter does the rewriting (it writes the
 * tables a PDF needs and no GSUB).
 */
final class PdfFont {
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static volatile byte[] bytes;

    private PdfFont() {
    }

    static byte[] withoutSubstitutions() {
        byte[] known = bytes;
        if (known == null) {
            synchronized (PdfFont.class) {
                known = bytes;
                if (known == null) {
                    known = rewrite();
                    bytes = known;
                }
            }
        }
        return known;
    }

    private static byte[] rewrite() {
        try (InputStream in = PdfFont.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's " + FONT + " is missing");
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            try {
                TTFSubsetter everything = new TTFSubsetter(ttf);
                CmapLookup unicode = ttf.getUnicodeCmapLookup();
                for (int glyph = 0; glyph < ttf.getNumberOfGlyphs(); glyph++) {
                    List<Integer> codePoints = unicode.getCharCodes(glyph);
                    if (codePoints != null) {
                        codePoints.forEach(everything::add);
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                everything.writeToStream(out);
                return out.toByteArray();
            } finally {
                ttf.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
