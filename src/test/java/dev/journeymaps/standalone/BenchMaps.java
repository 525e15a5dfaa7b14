package dev.journeymaps.standalone;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmarks' maps, built through the real HTTP API one call per card and per link, as a user's browser would:
 * a current-state map of 12 stages with text cards spread over its text lanes (40 % pain points and opportunities),
 * optionally with issues created from its pain points and opportunities and linked to them, round robin.
 */
final class BenchMaps {
    static final String API = "/rest/journeymaps/1.0";
    static final String PAGES = "/plugins/servlet/journeymaps";
    static final int SAMPLES = Integer.getInteger("bench.samples", 15);
    private static final int STAGES = 12;
    private static final String[] TEXT_LANES = {"touchpoints", "actions", "thoughts", "pain-points", "opportunities"};

    private BenchMaps() {
    }

    /** A size as the {@code bench.sizes} property gives it: {@code 2000} cards, or {@code 2000+5000} cards and links. */
    record Size(int cards, int links) {
        static Size parse(String text) {
            String[] parts = text.trim().split("\\+");
            return new Size(Integer.parseInt(parts[0].trim()), parts.length > 1 ? Integer.parseInt(parts[1].trim()) : 0);
        }

        static List<Size> fromProperty(String fallback) {
            return Arrays.stream(System.getProperty("bench.sizes", fallback).split(",")).map(Size::parse).toList();
        }

        @Override
        public String toString() {
            return String.format("%,d", cards) + (links > 0 ? String.format(" + %,d links", links) : "");
        }
    }

    static Board build(RunningServer server, Size size) {
        JsonNode map = server.post(API + "/maps", "{\"projectKey\":\"BENCH\",\"title\":\"Scale " + size
                + "\",\"type\":\"current-state\"}").json();
        Board board = new Board(map.get("id").asLong(), map.get("version").asLong());
        for (JsonNode lane : map.get("lanes")) {
            board.laneIds.add(lane.get("id").asLong());
            board.laneKinds.add(lane.get("kind").asText());
        }
        for (JsonNode stage : map.get("stages")) {
            board.stages.add(stage.get("id").asLong());
        }
        while (board.stages.size() < STAGES) {
            board.write(server.post(API + "/maps/" + board.mapId + "/stages",
                    "{\"version\":" + board.version + ",\"name\":\"Stage " + board.stages.size() + "\"}"));
            board.stages.add(board.last);
        }
        // A map holds at most Limits.CARDS_PER_MAP cards: leave room for the timed "add card" writes.
        int cards = Math.min(size.cards(), dev.journeymaps.domain.Limits.CARDS_PER_MAP - SAMPLES - 1);
        board.cards = cards;
        for (int i = 0; i < cards; i++) {
            String kind = TEXT_LANES[i % TEXT_LANES.length];
            long stage = board.stages.get((i / TEXT_LANES.length) % STAGES);
            board.write(server.post(API + "/maps/" + board.mapId + "/cards", "{\"version\":" + board.version
                    + ",\"laneId\":" + board.lane(kind) + ",\"stageId\":" + stage + ",\"text\":\"Card " + i + "\"}"));
            if (kind.equals("pain-points") || kind.equals("opportunities")) {
                board.pain.add(board.last);
            }
        }
        for (int i = 0; i < size.links(); i++) {
            long card = board.pain.get(i % board.pain.size());
            board.write(server.post(API + "/maps/" + board.mapId + "/cards/" + card + "/issues", "{\"version\":"
                    + board.version + ",\"issueType\":\"Story\",\"summary\":\"Work " + i + "\"}"));
        }
        return board;
    }

    static double median(Runnable call) {
        call.run(); // warm-up
        double[] millis = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            call.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[SAMPLES / 2];
    }

    /** The map as the benchmark's client knows it: ids, and the version its next write quotes. */
    static final class Board {
        final long mapId;
        long version;
        long last;
        final List<Long> laneIds = new ArrayList<>();
        final List<String> laneKinds = new ArrayList<>();
        final List<Long> stages = new ArrayList<>();
        final List<Long> pain = new ArrayList<>();
        int cards;

        Board(long mapId, long version) {
            this.mapId = mapId;
            this.version = version;
        }

        long lane(String kind) {
            return laneIds.get(laneKinds.indexOf(kind));
        }

        /** Takes a write's answer: must be a success; remembers the new version and the id of what it made. */
        void write(RunningServer.Reply reply) {
            assertThat(reply.status()).as(reply.body()).isBetween(200, 201);
            JsonNode json = reply.json();
            version = json.get("version").asLong();
            for (String part : new String[] {"card", "stage"}) {
                if (json.has(part) && json.get(part).has("id")) {
                    last = json.get(part).get("id").asLong();
                }
            }
            if (json.has("id")) {
                last = json.get("id").asLong();
            }
        }
    }
}
