package dev.journeymaps.app.board;

import dev.journeymaps.app.ConflictException;
import dev.journeymaps.domain.board.MapBoard;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What one write of a map depends on ({@code reads}) and what it changes ({@code writes}), as short tokens: {@code c12}
 * card 12 (with its evidence, triage and links), {@code p3.4} the order of the cards in the cell of lane 3 × stage 4,
 * {@code s7}/{@code l7} stage/lane 7's name, and {@code *} the whole map (header, stage and lane structure, imports,
 * undo). Each revision row records its {@code writes}; a write quoting an older version than the map's is applied
 * unless a revision since then changed something it reads (or either side is {@code *}): a conflict only where
 * there is one. {@link #wholeMap()} is the strict check: any change since the quoted version is a conflict.
 */
public record Footprint(Set<String> reads, Set<String> writes) {
    public static final String WHOLE_MAP = "*";

    public Footprint {
        reads = Set.copyOf(reads);
        writes = Set.copyOf(writes);
    }

    /** Strict: conflicts with any change since the quoted version, and every later write quoting older conflicts with it. */
    public static Footprint wholeMap() {
        return new Footprint(Set.of(WHOLE_MAP), Set.of(WHOLE_MAP));
    }

    /** Reads and changes one card (its text, evidence, triage or links). */
    public static Footprint card(long cardId) {
        return new Footprint(Set.of(cardToken(cardId)), Set.of(cardToken(cardId)));
    }

    /** A stage's name only. */
    public static Footprint stageName(long stageId) {
        return new Footprint(Set.of("s" + stageId), Set.of("s" + stageId));
    }

    /** A lane's title or visibility only. */
    public static Footprint lane(long laneId) {
        return new Footprint(Set.of("l" + laneId), Set.of("l" + laneId));
    }

    /** Appends a card to a cell: depends on nothing (its place is taken inside the change), changes the cell's order. */
    public static Footprint appendTo(long laneId, long stageId) {
        return new Footprint(Set.of(), Set.of(cell(laneId, stageId)));
    }

    /** Places a card at an index of a cell: the index means something only in the order the writer saw. */
    public static Footprint placeIn(long laneId, long stageId) {
        return new Footprint(Set.of(cell(laneId, stageId)), Set.of(cell(laneId, stageId)));
    }

    /** This footprint and {@code other}'s together. */
    public Footprint and(Footprint other) {
        Set<String> r = new HashSet<>(reads);
        r.addAll(other.reads);
        Set<String> w = new HashSet<>(writes);
        w.addAll(other.writes);
        return new Footprint(r, w);
    }

    /** Also changes the order of a cell (a card leaving it), without depending on it. */
    public Footprint reorders(long laneId, long stageId) {
        return and(new Footprint(Set.of(), Set.of(cell(laneId, stageId))));
    }

    public boolean strict() {
        return reads.contains(WHOLE_MAP);
    }

    /**
     * What of this write's reads a revision that changed {@code changed} (null: a revision that did not say, from before
     * footprints were recorded) touched, if anything: the token, or {@code *}.
     */
    public Optional<String> overlap(Collection<String> changed) {
        if (changed == null || changed.contains(WHOLE_MAP) || strict()) {
            return Optional.of(WHOLE_MAP);
        }
        return changed.stream().filter(reads::contains).sorted().findFirst();
    }

    /**
     * The conflict {@code e} saying in words what changed, from the board the write loaded: "'Slow refunds' was changed by
     * alice at version 59 (…)". A conflict without a known revision stays as it is.
     */
    public static ConflictException named(ConflictException e, MapBoard board) {
        return e.change().map(change -> e.naming(words(change.token(), board), board.version())).orElse(e);
    }

    private static String words(String token, MapBoard board) {
        try {
            if (token.startsWith("c")) {
                long id = Long.parseLong(token.substring(1));
                return board.card(id).map(card -> quote(card.text())).orElse("Card " + id) + " was changed";
            }
            if (token.startsWith("p")) {
                String[] ids = token.substring(1).split("\\.");
                String lane = board.lane(Long.parseLong(ids[0])).map(l -> quote(l.title())).orElse("a lane");
                String stage = board.stage(Long.parseLong(ids[1])).map(st -> quote(st.name())).orElse("a stage");
                return "The order of the cards in " + lane + " in " + stage + " was changed";
            }
            if (token.startsWith("s") || token.startsWith("l")) {
                long id = Long.parseLong(token.substring(1));
                return (token.startsWith("s") ? board.stage(id).map(st -> "Stage " + quote(st.name()))
                        : board.lane(id).map(l -> "Lane " + quote(l.title()))).orElse("A stage or lane") + " was changed";
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return "The map was changed";
        }
        return "The map was changed";
    }

    private static String quote(String text) {
        return "'" + (text.length() > 60 ? text.substring(0, 59) + "…" : text) + "'";
    }

    static String cardToken(long cardId) {
        return "c" + cardId;
    }

    static String cell(long laneId, long stageId) {
        return "p" + laneId + "." + stageId;
    }
}
