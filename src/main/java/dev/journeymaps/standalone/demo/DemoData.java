package dev.journeymaps.standalone.demo;

import dev.journeymaps.standalone.UseCases;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.board.Added;
import dev.journeymaps.app.board.BoardEditor;
import dev.journeymaps.app.board.EvidenceEditor;
import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.app.board.PersonaDirectory;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Channel;
import dev.journeymaps.domain.board.Evidence;
import dev.journeymaps.domain.board.EvidenceType;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.board.Persona;
import dev.journeymaps.domain.board.ScopeCard;
import dev.journeymaps.domain.board.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Seeds the demo project with one realistic map (from {@code demo/demo-map.json}): its persona, scored
 * emotions, touchpoints on channels and evidence on some pain points (others stay assumptions), through the
 * same use cases the UI calls, so the demo obeys every rule real data does.
 */
public final class DemoData {
    public static final String PROJECT_KEY = "DEMO";
    private static final String RESOURCE = "demo/demo-map.json";

    private final MapCatalog catalog;
    private final BoardEditor editor;
    private final EvidenceEditor evidence;
    private final PersonaDirectory personas;

    public DemoData(UseCases useCases) {
        this.catalog = useCases.catalog();
        this.editor = useCases.editor();
        this.evidence = useCases.evidence();
        this.personas = useCases.personas();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DemoMap(String title, String type, String persona, DemoPersona personaProfile, String journey, String goal,
                   String purpose, List<String> stages, List<DemoLane> lanes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DemoPersona(String name, String description, String goals, String frustrations) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DemoLane(String kind, String title, Map<String, List<DemoCard>> cards) {
    }

    /** A card: plain text, or an object with a score, a channel and evidence. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DemoCard(String text, Integer emotion, String channel, List<DemoEvidence> evidence) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static DemoCard of(String text) {
            return new DemoCard(text, null, null, List.of());
        }

        DemoCard {
            evidence = evidence == null ? List.of() : evidence;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DemoEvidence(String type, boolean quantitative, Integer customersAffected, String sourceUrl, String quote, String date) {
        Evidence.Content content() {
            return new Evidence.Content(EvidenceType.fromKey(type), quantitative, customersAffected, sourceUrl, quote,
                    date == null ? null : LocalDate.parse(date));
        }
    }

    /** Seeds the demo map unless the demo project already has maps. Returns whether it seeded. */
    public boolean seedIfEmpty(Actor actor) {
        if (!catalog.listMaps(actor, PROJECT_KEY).isEmpty()) {
            return false;
        }
        seed(actor, read());
        return true;
    }

    private void seed(Actor actor, DemoMap demo) {
        Long personaId = null;
        if (demo.personaProfile() != null) {
            DemoPersona p = demo.personaProfile();
            Persona persona = personas.createPersona(actor, PROJECT_KEY, new Persona.Content(p.name(), p.description(), p.goals(), p.frustrations()));
            personaId = persona.id();
        }
        MapBoard board = catalog.createMap(actor, PROJECT_KEY, new MapDetails(demo.title(), MapType.fromKey(demo.type()),
                new ScopeCard(demo.persona(), demo.journey(), demo.goal(), demo.purpose()), actor.userKey(), personaId));
        long mapId = board.map().id();
        board = replaceStages(actor, board, demo.stages());
        board = replaceLanes(actor, board, demo.lanes());
        for (DemoLane demoLane : demo.lanes()) {
            Lane lane = board.lanes().stream().filter(l -> l.title().equals(demoLane.title())).findFirst().orElseThrow();
            for (Stage stage : board.stages()) {
                for (DemoCard card : demoLane.cards().getOrDefault(stage.name(), List.of())) {
                    Added added = editor.addCard(actor, mapId, board.version(), lane.id(), stage.id(), null,
                            new Card.Content(card.text(), "", card.emotion(), Channel.fromKey(card.channel())));
                    board = added.board();
                    for (DemoEvidence item : card.evidence()) {
                        board = evidence.addEvidence(actor, mapId, board.version(), added.id(), item.content()).board();
                    }
                }
            }
        }
    }

    /** Renames the template's stages to the demo's, adding or deleting the difference. */
    private MapBoard replaceStages(Actor actor, MapBoard board, List<String> names) {
        long mapId = board.map().id();
        for (int i = 0; i < names.size(); i++) {
            if (i < board.stages().size()) {
                board = editor.renameStage(actor, mapId, board.version(), board.stages().get(i).id(), names.get(i));
            } else {
                board = editor.addStage(actor, mapId, board.version(), names.get(i), null).board();
            }
        }
        while (board.stages().size() > names.size()) {
            board = editor.deleteStage(actor, mapId, board.version(), board.stages().get(names.size()).id());
        }
        return board;
    }

    /** Keeps the template's lanes the demo also has; adds the demo's others. */
    private MapBoard replaceLanes(Actor actor, MapBoard board, List<DemoLane> lanes) {
        long mapId = board.map().id();
        for (DemoLane demoLane : lanes) {
            boolean present = board.lanes().stream().anyMatch(l -> l.title().equals(demoLane.title()));
            if (!present) {
                board = editor.addLane(actor, mapId, board.version(), LaneKind.fromKey(demoLane.kind()), demoLane.title(), null).board();
            }
        }
        return board;
    }

    private static DemoMap read() {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The demo data " + RESOURCE + " is missing from the classpath");
            }
            return new ObjectMapper().readValue(in, DemoMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo data " + RESOURCE + " cannot be read", e);
        }
    }
}
