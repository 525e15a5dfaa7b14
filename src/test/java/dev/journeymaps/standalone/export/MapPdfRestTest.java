package dev.journeymaps.standalone.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymaps.standalone.StandaloneServer;
import dev.journeymaps.standalone.TestServers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF of a map over real HTTP, read back with PDFBox: the scope card on page 1, the board in bands of four stages
 * (each band from a new page, its title line naming the stages), the ranked action list and the evidence appendix;
 * every card's text extractable; hostile text stays text (no scripts, actions or links); options as the other exports.
 */
class MapPdfRestTest {
    private static final int STAGES_PER_PAGE = 4;
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
    void theDemoMapsPdfHoldsTheScopeEveryCardTheActionsAndTheEvidence() throws Exception {
        Http.Reply reply = http.get("/maps/" + demoId + "/export/pdf");
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.type()).isEqualTo("application/pdf");
        assertThat(reply.disposition()).isEqualTo("attachment; filename=\"journey-map-" + demoId + ".pdf\"");
        JsonNode map = http.json("/maps/" + demoId);
        int stages = map.get("stages").size();
        try (PDDocument pdf = Loader.loadPDF(reply.body())) {
            List<String> pages = pages(pdf);
            String first = pages.get(0);
            assertThat(first).contains(map.get("title").asText()).contains("Review: ").contains("version " + map.get("version").asText());
            assertThat(first).as("the map's address, as Copy link copies it").contains("Map: http").contains("/plugins/servlet/journeymaps/map/" + demoId);
            int bands = (stages + STAGES_PER_PAGE - 1) / STAGES_PER_PAGE;
            assertThat(pages.get(1)).contains(map.get("title").asText() + " \u00b7 1\u2013" + Math.min(STAGES_PER_PAGE, stages) + " / " + stages);
            assertThat(String.join("", pages)).contains(" \u00b7 " + ((bands - 1) * STAGES_PER_PAGE + 1) + "\u2013" + stages + " / " + stages);
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(1 + bands + 2);
            String all = squash(String.join("", pages));
            for (JsonNode card : map.get("cards")) {
                assertThat(all).as("card %s", card.get("text").asText()).contains(squash(card.get("text").asText()));
            }
            for (JsonNode stage : map.get("stages")) {
                assertThat(all).contains(squash(stage.get("name").asText()));
            }
            int actions = indexOf(pages, "Ranked action list");
            int evidence = indexOf(pages, "Evidence appendix");
            assertThat(actions).isGreaterThan(bands);
            assertThat(evidence).isGreaterThan(actions);
            String ranked = squash(String.join("", pages.subList(actions, evidence)));
            JsonNode priorities = http.json("/maps/" + demoId + "/priorities").get("cards");
            int at = -1;
            for (JsonNode p : priorities) {
                int next = ranked.indexOf(squash(p.get("text").asText()), at + 1);
                assertThat(next).as("ranked in order: %s", p.get("text").asText()).isGreaterThan(at);
                at = next;
            }
            assertThat(ranked).containsPattern("DEMO-\\d+");
        }
    }

    @Test
    void pageCountFollowsTheStagesAndTheStageRangeCutsTheBoard() throws Exception {
        long id = MapExportRestTest.mapWithPainPoints(http, "PAGES", "First pain", "Second pain");
        int stages = http.json("/maps/" + id).get("stages").size();
        int bands = (stages + STAGES_PER_PAGE - 1) / STAGES_PER_PAGE;
        try (PDDocument pdf = Loader.loadPDF(http.get("/maps/" + id + "/export/pdf").body())) {
            assertThat(pdf.getNumberOfPages()).as("scope, %s board band(s), actions, evidence", bands).isEqualTo(1 + bands + 2);
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).as("landscape").isGreaterThan(page.getMediaBox().getHeight());
        }
        try (PDDocument pdf = Loader.loadPDF(http.get("/maps/" + id + "/export/pdf?from=1&to=1").body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(4);
        }
        String[] many = new String[60];
        for (int i = 0; i < many.length; i++) {
            many[i] = "Crowded pain " + i;
        }
        long crowded = MapExportRestTest.mapWithPainPoints(http, "CROWD", many);
        try (PDDocument pdf = Loader.loadPDF(http.get("/maps/" + crowded + "/export/pdf?from=1&to=1").body())) {
            List<String> pages = pages(pdf);
            assertThat(pdf.getNumberOfPages()).as("the crowded lane continues on more pages").isGreaterThan(5);
            for (String text : many) {
                assertThat(String.join("", pages.subList(1, indexOf(pages, "Ranked action list")))).contains(text + "\n");
            }
        }
    }

    @Test
    void hostileTextStaysTextWithNoScriptsOrLinks() throws Exception {
        long id = MapExportRestTest.mapWithPainPoints(http, "HOSTPDF", MapExportRestTest.HOSTILE, MapExportRestTest.FORMULA,
                "Ünïcödé ПРИВЕТ 日本語 \uD83D\uDE00");
        try (PDDocument pdf = Loader.loadPDF(http.get("/maps/" + id + "/export/pdf").body())) {
            String all = squash(String.join("", pages(pdf)));
            assertThat(all).contains(squash(MapExportRestTest.HOSTILE.replace('\u0007', ' ')), squash(MapExportRestTest.FORMULA))
                    .contains("ÜnïcödéПРИВЕТ???");
            assertThat(pdf.getDocumentCatalog().getOpenAction()).isNull();
            assertThat(pdf.getDocumentCatalog().getNames()).isNull();
            assertThat(pdf.getDocumentCatalog().getAcroForm()).isNull();
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getAnnotations()).isEmpty();
            }
        }
    }

    @Test
    void optionsApplyAndBadOnesAre400() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(http.get("/maps/" + demoId + "/export/pdf?metadata=hide").body())) {
            String all = String.join("", pages(pdf));
            assertThat(all).doesNotContain("version ").doesNotContain("Review: ").doesNotContain("Assumption");
        }
        JsonNode map = http.json("/maps/" + demoId);
        try (PDDocument pdf = Loader.loadPDF(http.get("/maps/" + demoId + "/export/pdf?from=2&to=2").body())) {
            String board = pages(pdf).get(1);
            assertThat(board).contains(map.get("stages").get(1).get("name").asText())
                    .doesNotContain(map.get("stages").get(0).get("name").asText() + "\n");
        }
        assertThat(http.get("/maps/" + demoId + "/export/pdf?from=0").json().get("errors").has("from")).isTrue();
        assertThat(http.get("/maps/" + demoId + "/export/pdf?sort=sideways").status()).isEqualTo(400);
        assertThat(http.get("/maps/987654/export/pdf").status()).isEqualTo(404);
    }

    private static List<String> pages(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(pdf));
        }
        return pages;
    }

    private static int indexOf(List<String> pages, String heading) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).startsWith(heading)) {
                return i;
            }
        }
        throw new AssertionError("no page starts with " + heading);
    }

    private static String squash(String text) {
        return text.replaceAll("\\s", "");
    }
}
