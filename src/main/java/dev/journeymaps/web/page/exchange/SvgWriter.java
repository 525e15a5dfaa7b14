package dev.journeymaps.web.page.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Appends SVG elements; every piece of text goes through {@link Xml#escape} here and nowhere else, so it is escaped
 * exactly once and stays text. Long text is wrapped into lines of whole words (a word longer than a line is cut).
 */
final class SvgWriter {
    private final StringBuilder out = new StringBuilder(1 << 16);

    /** The map page's address as the image's description (text, not a link), when known. */
    SvgWriter describe(String address) {
        if (!address.isEmpty()) {
            out.append("<desc>").append(Xml.escape(address)).append("</desc>\n");
        }
        return this;
    }

    SvgWriter open(int width, int height, String title) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"Arial, Helvetica, sans-serif\" font-size=\"13\">\n<title>")
                .append(Xml.escape(title)).append("</title>\n")
                .append("<rect width=\"").append(width).append("\" height=\"").append(height).append("\" fill=\"#ffffff\"/>\n");
        return this;
    }

    SvgWriter rect(double x, double y, double w, double h, String fill, String stroke, String extra) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
                .append("\" height=\"").append(num(h)).append("\" rx=\"3\" fill=\"").append(fill).append('"');
        if (!stroke.isEmpty()) {
            out.append(" stroke=\"").append(stroke).append('"');
        }
        out.append(extra).append("/>\n");
        return this;
    }

    /** One text element of {@code lines} (already wrapped), the first baseline at {@code y}, {@link BoardLayout#LINE} apart. */
    SvgWriter text(double x, double y, List<String> lines, String attributes) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"').append(attributes).append('>');
        for (int i = 0; i < lines.size(); i++) {
            out.append("<tspan x=\"").append(num(x)).append('"');
            if (i > 0) {
                out.append(" dy=\"").append(BoardLayout.LINE).append('"');
            }
            out.append('>').append(Xml.escape(lines.get(i))).append("</tspan>");
        }
        out.append("</text>\n");
        return this;
    }

    SvgWriter text(double x, double y, String line, String attributes) {
        return text(x, y, java.util.Collections.singletonList(line == null ? "" : line), attributes);
    }

    /** Raw markup made of numbers and constants only (never user text). */
    SvgWriter raw(String markup) {
        out.append(markup);
        return this;
    }

    String close() {
        return out.append("</svg>\n").toString();
    }

    /** {@code text} in lines of at most {@code width} characters, breaking at spaces and at line breaks. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\r\n|\r|\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                while (word.length() > width) {
                    if (line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    int cut = Character.isHighSurrogate(word.charAt(width - 1)) ? width - 1 : width;
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    static String num(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
