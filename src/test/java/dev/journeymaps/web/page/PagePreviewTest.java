package dev.journeymaps.web.page;

import dev.journeymaps.web.LocaleFormats;
import dev.journeymaps.web.page.stewardship.PriorityPageModels;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.standalone.BundleMessages;
import dev.journeymaps.standalone.VelocityViewRenderer;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes the demo pages to target/pages/*.html with AUI, our CSS and JS linked by relative file paths,
 * so they can be opened in a browser (or screenshot with headless chromium) without a server.
 */
class PagePreviewTest {
    private static final Path OUT = Path.of("target", "pages");
    private static final String HEAD = String.join("\n",
            "<link rel=\"stylesheet\" href=\"../classes/standalone-static/aui/aui-prototyping.css\">",
            "<link rel=\"stylesheet\" href=\"../classes/css/journey-maps.css\">",
            "<script src=\"../classes/standalone-static/aui/jquery.min.js\"></script>",
            "<script src=\"../classes/standalone-static/aui/aui-prototyping.js\"></script>",
            "<script src=\"../classes/js/journey-maps.js\"></script>",
            "<script src=\"../classes/js/journey-maps-list.js\"></script>",
            "<script src=\"../classes/js/journey-maps-cards.js\"></script>",
            "<script src=\"../classes/js/journey-maps-board.js\"></script>",
            "<script src=\"../classes/js/journey-maps-panel.js\"></script>",
            "<script src=\"../classes/js/journey-maps-personas.js\"></script>",
            "<script src=\"../classes/js/journey-maps-header.js\"></script>");

    @Test
    void writesTheDemoPagesForVisualChecks() throws IOException {
        DemoMaps demo = new DemoMaps();
        BundleMessages messages = new BundleMessages();
        PageModels models = new PageModels(messages, new LocaleFormats(Locale.ENGLISH, ZoneOffset.UTC));
        PageUrls urls = new PageUrls("");
        VelocityViewRenderer renderer = new VelocityViewRenderer();
        MapBoard board = demo.checkout();
        demo.hostile();

        Files.createDirectories(OUT);
        PriorityPageModels priorityModels = new PriorityPageModels(messages, new LocaleFormats(Locale.ENGLISH, ZoneOffset.UTC));
        Map<String, Object> viewContext = context(models.view(board, urls), messages);
        viewContext.put("stewardship", demo.pages.forMapView(demo.alice, board, Map.of(), urls, priorityModels));
        Map<String, Object> listContext = context(models.list("SHOP", demo.catalog.listMaps(demo.alice, "SHOP"), urls), messages);
        listContext.put("reviews", demo.pages.forMapList(demo.alice, "SHOP", urls, priorityModels));
        Path view = write("map-view.html", renderer.render("templates/map-view.vm", viewContext));
        Path list = write("map-list.html", renderer.render("templates/map-list.vm", listContext));

        assertThat(Files.readString(view)).contains("aui-prototyping.css", "jm-board");
        assertThat(Files.readString(list)).contains("jm-map-table");
    }

    private static Map<String, Object> context(Object page, BundleMessages messages) {
        Map<String, Object> context = new HashMap<>();
        context.put("page", page);
        context.put("i18n", messages);
        context.put("contextPath", "");
        context.put("headHtml", HEAD);
        return context;
    }

    private static Path write(String name, String html) throws IOException {
        return Files.writeString(OUT.resolve(name), html, StandardCharsets.UTF_8);
    }
}
