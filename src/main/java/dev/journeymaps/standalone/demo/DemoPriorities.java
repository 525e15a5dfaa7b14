package dev.journeymaps.standalone.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.app.stewardship.Ownership;
import dev.journeymaps.app.stewardship.Prioritizer;
import dev.journeymaps.domain.stewardship.CardPriority;
import dev.journeymaps.domain.stewardship.CardTriage;
import dev.journeymaps.domain.board.MapBoard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Gives the demo map's pain points and opportunities scores and owners (from {@code demo/demo-priorities.json},
 * matched by card text) through the same use cases the UI calls, so the priorities page has something to say.
 */
public final class DemoPriorities {
    private static final String RESOURCE = "demo/demo-priorities.json";

    private final MapCatalog catalog;
    private final Prioritizer prioritizer;
    private final Ownership ownership;

    public DemoPriorities(MapCatalog catalog, Prioritizer prioritizer, Ownership ownership) {
        this.catalog = catalog;
        this.prioritizer = prioritizer;
        this.ownership = ownership;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Plan(String mapOwner, Map<String, Triage> cards) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Triage(Integer impact, Integer feasibility, String owner) {
    }

    /** Scores and owns the cards of the demo project's first map. */
    public void seed(Actor actor) {
        Plan plan = read();
        long mapId = catalog.listMaps(actor, DemoData.PROJECT_KEY).get(0).map().id();
        MapBoard board = catalog.viewMap(actor, mapId);
        long version = ownership.assignMapOwner(actor, mapId, board.version(), plan.mapOwner()).version();
        for (CardPriority card : prioritizer.mapPriorities(actor, mapId).priorities().cards()) {
            Triage triage = plan.cards().get(card.card().text());
            if (triage == null) {
                continue;
            }
            prioritizer.scoreCard(actor, mapId, version++, card.card().id(),
                    new CardTriage.Scores(triage.impact(), triage.feasibility(), null, null, null));
            if (triage.owner() != null) {
                ownership.assignCardOwner(actor, mapId, version++, card.card().id(), triage.owner());
            }
        }
    }

    private static Plan read() {
        try (InputStream in = DemoPriorities.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The demo data " + RESOURCE + " is missing from the classpath");
            }
            return new ObjectMapper().readValue(in, Plan.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo data " + RESOURCE + " cannot be read", e);
        }
    }
}
