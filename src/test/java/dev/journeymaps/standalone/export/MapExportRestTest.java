package dev.journeymaps.standalone.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.standalone.StandaloneServer;
import dev.journeymaps.standalone.TestServers;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.journeymaps.domain.board.Channel;
import dev.journeymaps.domain.board.EvidenceType;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exports of a map over real HTTP, on the demo map and on a map of hostile text: SVG well-formed with every card's
 * text (escaped, still text), PNG decodes at the requested width, CSV parses back to the ranked list with formula cells
 * neutralised, options (stage range, metadata) apply and bad ones are 400 naming the field.
 */
class MapExportRestTest {
    static final String HOSTILE = "<script>alert(1)</script> & \"quoted\" 'x' \u0007bell";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";
    @TempDir
    static Path dataDir;
    private static StandaloneServer server;
    private static Http http;
    private static long demoId;

    @BeforeAll
    static void start() {
        server = TestServers.h2(dataDir, true);
        http = new Http(server);
        demoId = http.json("/maps?projectKey=DEMO").get(0).get("map").get("id").asLong();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void svgIsWellFormedAndHoldsEveryCardsTextAsText() throws Exception {
        Http.Reply reply = http.get("/maps/" + demoId + "/export/svg");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.type()).startsWith("image/svg+xml");
        assertThat(reply.disposition()).isEqualTo("attachment; filename=\"journey-map-" + demoId + ".svg\"");
        List<String> texts = texts(svg(reply.body()));
        assertThat(svg(reply.body()).getElementsByTagName("desc").item(0).getTextContent())
                .as("the map's address as the image's description").endsWith("/plugins/servlet/journeymaps/map/" + demoId);
        JsonNode map = http.json("/maps/" + demoId);
        assertThat(map.get("cards")).hasSizeGreaterThan(10);
        for (JsonNode card : map.get("cards")) {
            assertThat(texts).as("card %s", card.get("text").asText()).contains(squash(card.get("text").asText()));
        }
        for (JsonNode stage : map.get("stages")) {
            assertThat(reply.text()).contains(stage.get("name").asText());
        }
        assertThat(reply.text()).as("the emotion curve").contains("<path d=\"M");
    }

    @Test
    void hostileTextStaysTextAndFormulasAreNeutralised() throws Exception {
        long id = mapWithPainPoints("HOSTILE", HOSTILE, FORMULA, "-2+3", "@SUM(A1)", "+1");
        Http.Reply reply = http.get("/maps/" + id + "/export/svg");
        assertThat(reply.status()).isEqualTo(200);
        Document svg = svg(reply.body());
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
        assertThat(texts(svg)).contains(squash(HOSTILE.replace('\u0007', '\uFFFD')), squash(FORMULA));

        List<CSVRecord> cards = csv(http.get("/maps/" + id + "/export/cards.csv").body());
        assertThat(cards).extracting(r -> r.get("text"))
                .containsExactlyInAnyOrder(HOSTILE, "'" + FORMULA, "'-2+3", "'@SUM(A1)", "'+1");
    }

    @Test
    void prioritiesCsvParsesBackToTheRankedList() throws Exception {
        Http.Reply reply = http.get("/maps/" + demoId + "/export/priorities.csv");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.type()).startsWith("text/csv");
        assertThat(reply.body()).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = csv(reply.body());
        JsonNode ranked = http.json("/maps/" + demoId + "/priorities").get("cards");
        assertThat(rows).hasSize(ranked.size()).hasSizeGreaterThan(3);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode expected = ranked.get(i);
            CSVRecord row = rows.get(i);
            assertThat(row.get("card")).isEqualTo(expected.get("text").asText());
            assertThat(row.get("rank")).isEqualTo(expected.get("rank").asInt() == 0 ? "" : expected.get("rank").asText());
            assertThat(row.get("stage")).isEqualTo(expected.get("stage").asText());
            assertThat(row.get("formula")).isEqualTo(expected.get("score").get("formula").asText());
            assertThat(row.get("owner")).isEqualTo(expected.get("owner") == null || expected.get("owner").isNull()
                    ? "" : expected.get("owner").get("key").asText());
        }
        assertThat(rows).anySatisfy(row -> assertThat(row.get("linked_issues")).matches("DEMO-\\d+( DEMO-\\d+)*"));
        List<CSVRecord> project = csv(http.get("/projects/DEMO/export/priorities.csv?filter=unowned").body());
        assertThat(project).extracting(r -> r.get("card")).containsExactlyElementsOf(
                texts(http.json("/projects/DEMO/priorities?filter=unowned").get("cards")));
    }

    @Test
    void pngDecodesAtTheRequestedWidth() throws Exception {
        Http.Reply reply = http.get("/maps/" + demoId + "/export/png?width=900");
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.type()).isEqualTo("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(reply.body()));
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isGreaterThan(100);
        assertThat(http.get("/maps/" + demoId + "/export/png?width=50").status()).isEqualTo(400);
        assertThat(http.get("/maps/" + demoId + "/export/png?width=wide").json().get("errors").has("width")).isTrue();
    }

    @Test
    void stageRangeAndHiddenMetadataApply() throws Exception {
        JsonNode map = http.json("/maps/" + demoId);
        String second = map.get("stages").get(1).get("name").asText();
        long secondId = map.get("stages").get(1).get("id").asLong();
        List<CSVRecord> cards = csv(http.get("/maps/" + demoId + "/export/cards.csv?from=2&to=2").body());
        assertThat(cards).isNotEmpty().allSatisfy(row -> assertThat(row.get("stage")).isEqualTo(second));
        long inStage = 0;
        for (JsonNode card : map.get("cards")) {
            inStage += card.get("stageId").asLong() == secondId ? 1 : 0;
        }
        assertThat(cards).hasSize((int) inStage);
        String svg = http.get("/maps/" + demoId + "/export/svg?from=2&to=2").text();
        assertThat(svg).contains(second).doesNotContain(">" + map.get("stages").get(0).get("name").asText() + "<");

        assertThat(http.get("/maps/" + demoId + "/export/svg").text()).contains("version " + map.get("version").asText());
        assertThat(http.get("/maps/" + demoId + "/export/svg?metadata=hide").text()).doesNotContain("version ")
                .doesNotContain("Assumption");
        assertThat(http.get("/maps/" + demoId + "/export/svg?from=0").json().get("errors").has("from")).isTrue();
        assertThat(http.get("/maps/" + demoId + "/export/svg?from=2&to=99").status()).isEqualTo(400);
        assertThat(http.get("/maps/987654/export/svg").status()).isEqualTo(404);
    }

    /** Exports follow docs/export-schema.json, whose enumerations are the product's own; a document breaking it fails it. */
    @Test
    void jsonExportsFollowTheDocumentedSchema() throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("docs/export-schema.json")), InputFormat.JSON);
        String project = http.get("/projects/DEMO/export/json").text();
        assertThat(schema.validate(project, InputFormat.JSON)).isEmpty();
        Http.Reply map = http.get("/maps/" + demoId + "/export/json");
        assertThat(map.disposition()).isEqualTo("attachment; filename=\"journey-map-" + demoId + ".json\"");
        assertThat(schema.validate(map.text(), InputFormat.JSON)).isEmpty();
        assertThat(schema.validate(project.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2"), InputFormat.JSON)).isNotEmpty();

        JsonNode defs = Http.JSON.readTree(Files.readString(Path.of("docs/export-schema.json"))).get("$defs");
        assertThat(keys(defs.get("lane").get("properties").get("kind").get("enum")))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(LaneKind.values()).map(LaneKind::key).toList());
        assertThat(keys(defs.get("card").get("properties").get("channel").get("enum")))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Channel.values()).map(Channel::key).toList());
        assertThat(keys(defs.get("evidence").get("properties").get("type").get("enum")))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(EvidenceType.values()).map(EvidenceType::key).toList());
        assertThat(keys(defs.get("map").get("properties").get("type").get("enum")))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(MapType.values()).map(MapType::key).toList());
    }

    private static List<String> keys(JsonNode values) {
        List<String> keys = new ArrayList<>();
        values.forEach(v -> {
            if (!v.isNull()) {
                keys.add(v.asText());
            }
        });
        return keys;
    }

    private static long mapWithPainPoints(String project, String... texts) {
        return mapWithPainPoints(http, project, texts);
    }

    /** A new map in {@code project} with a pain point in its first stage for each text. */
    static long mapWithPainPoints(Http http, String project, String... texts) {
        Http.Reply created = http.post("/maps", "{\"projectKey\":\"" + project + "\",\"title\":\"Checkout\",\"type\":\"current-state\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode map = created.json();
        long id = map.get("id").asLong();
        long lane = 0;
        for (JsonNode l : map.get("lanes")) {
            if (l.get("kind").asText().equals("pain-points")) {
                lane = l.get("id").asLong();
            }
        }
        long stage = map.get("stages").get(0).get("id").asLong();
        long version = map.get("version").asLong();
        for (String text : texts) {
            Http.Reply card = http.post("/maps/" + id + "/cards", "{\"version\":" + version++ + ",\"laneId\":" + lane
                    + ",\"stageId\":" + stage + ",\"text\":" + Http.JSON.valueToTree(text) + "}");
            assertThat(card.status()).as(card.text()).isEqualTo(201);
        }
        return id;
    }

    static Document svg(byte[] body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    /** The text of every {@code <text>} element, its lines joined, without white space (wrapping moves line breaks). */
    static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(squash(nodes.item(i).getTextContent()));
        }
        return texts;
    }

    private static List<String> texts(JsonNode cards) {
        List<String> texts = new ArrayList<>();
        cards.forEach(card -> texts.add(card.get("text").asText()));
        return texts;
    }

    static String squash(String text) {
        return text.replaceAll("\\s", "");
    }

    static List<CSVRecord> csv(byte[] body) throws Exception {
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
