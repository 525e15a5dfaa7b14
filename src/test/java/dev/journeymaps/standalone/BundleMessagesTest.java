package dev.journeymaps.standalone;

import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Guards the i18n bundle: every key the pages use exists, and values are safe in both hosts. */
class BundleMessagesTest {
    private static final Pattern KEY = Pattern.compile("\"(journeymaps\\.[a-z0-9.\\-]+[a-z0-9])\"");

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleMessagesTest.class.getResourceAsStream("/i18n/journey-maps.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyUsedByTemplatesAndPageCodeExists() throws IOException {
        List<String> used = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/resources/templates"), Path.of("src/main/java/dev/journeymaps/web"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher matcher = KEY.matcher(Files.readString(file));
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        for (MapType type : MapType.values()) {
            used.add("journeymaps.map.type." + type.key());
        }
        for (LaneKind kind : LaneKind.values()) {
            used.add("journeymaps.lane.kind." + kind.key());
        }

        assertThat(used).hasSizeGreaterThan(40);
        assertThat(bundle().stringPropertyNames()).containsAll(used);
    }

    @Test
    void countsReadAsEnglishSingularAndPlural() {
        BundleMessages messages = new BundleMessages(java.util.Locale.ENGLISH);

        assertThat(messages.getText("journeymaps.priorities.work.some", 1, 0)).isEqualTo("1 issue, 0 done");
        assertThat(messages.getText("journeymaps.priorities.work.some", 3, 2)).isEqualTo("3 issues, 2 done");
        assertThat(messages.getText("journeymaps.review.interval.days", 1)).isEqualTo("Every day");
        assertThat(messages.getText("journeymaps.review.interval.days", 2)).isEqualTo("Every 2 days");
        assertThat(messages.getText("journeymaps.review.days.left", 0)).isEqualTo("due today");
        assertThat(messages.getText("journeymaps.review.days.left", 1)).isEqualTo("due tomorrow");
        assertThat(messages.getText("journeymaps.review.days.left", 5)).isEqualTo("due in 5 days");
        assertThat(messages.getText("journeymaps.review.days.overdue", 1)).isEqualTo("1 day overdue");
        assertThat(messages.getText("journeymaps.review.days.overdue", 12)).isEqualTo("12 days overdue");
        assertThat(messages.getText("journeymaps.projects.maps.many", 3)).isEqualTo("3 maps");
        assertThat(messages.getText("journeymaps.evidence.count", 1)).isEqualTo("1 piece of evidence");
        assertThat(messages.getText("journeymaps.evidence.count", 4)).isEqualTo("4 pieces of evidence");
    }

    @Test
    void valuesHoldNoMarkupEntitiesOrQuotesThatMessageFormatWouldEat() throws IOException {
        Properties bundle = bundle();
        for (String key : bundle.stringPropertyNames()) {
            assertThat(key).startsWith("journeymaps.");
            assertThat(bundle.getProperty(key)).as(key).doesNotContain("<", ">", "&", "'");
        }
    }

    @Test
    void formatsArgumentsAndShowsMissingKeys() {
        BundleMessages messages = new BundleMessages();

        assertThat(messages.getText("journeymaps.lane.kind.pain-points")).isEqualTo("Pain points");
        assertThat(messages.getText("journeymaps.no.such.key")).isEqualTo("journeymaps.no.such.key");
    }
}
