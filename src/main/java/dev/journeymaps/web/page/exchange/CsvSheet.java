package dev.journeymaps.web.page.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One CSV table, written with Commons CSV (RFC 4180, CRLF) in UTF-8 with a byte order mark, so Excel opens it with every
 * character intact. Text from users goes through {@link #text}, which neutralises formula injection: a cell starting
 * with {@code = + - @}, a tab or a carriage return is prefixed with an apostrophe, so a spreadsheet shows it as text
 * and never evaluates it (OWASP "CSV Injection"). Numbers we compute go through {@link #number} untouched.
 */
final class CsvSheet {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private List<String> row;

    CsvSheet(List<String> header) {
        this.header = List.copyOf(header);
    }

    CsvSheet row() {
        row = new ArrayList<>();
        rows.add(row);
        return this;
    }

    CsvSheet text(String value) {
        row.add(neutralised(value == null ? "" : value));
        return this;
    }

    CsvSheet number(Number value) {
        row.add(value == null ? "" : value instanceof Double d ? dev.journeymaps.domain.stewardship.Score.plain(d) : value.toString());
        return this;
    }

    CsvSheet flag(boolean value) {
        row.add(value ? "yes" : "no");
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xEF);
        out.write(0xBB);
        out.write(0xBF);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), format)) {
            for (List<String> r : rows) {
                printer.printRecord(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String neutralised(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }
}
