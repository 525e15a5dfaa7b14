package dev.journeymaps.web.page;

import dev.journeymaps.web.Messages;
import dev.journeymaps.web.ViewRenderer;
import dev.journeymaps.web.page.board.BoardGrid;
import dev.journeymaps.web.page.board.BoardTexts;
import dev.journeymaps.web.page.stewardship.CardStewardship;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The map page's board grid ({@code map-lanes.vm}), rendered once and reused while nothing it shows has changed: the
 * grid is most of a large map's page and most of its cost (Velocity walks every card), and readers of an unchanged map
 * see the same grid.
 *
 * <p>Correct by construction: the key is everything the grid is rendered from — the grid's view model (lanes, cells,
 * cards with their text, emotion, channel, evidence, linked issues' keys, summaries and statuses as this reader may see
 * them, the work filter's dimming, the curve), the cards' owners and scores, and the texts in the reader's language —
 * compared by value, and the grid is rendered with nothing else in its context ({@link BoardTexts} as its only
 * messages). So a write, an issue status refresh, another user who sees other issues, another language or filter gives
 * another key: a miss, never stale content. The view models are still built per request (that is where permissions and
 * the issue cache are read); only the rendering is saved.
 *
 * <p>Bounded: the {@value #MAX_ENTRIES} most recently used grids and at most {@value #MAX_CHARS} characters of markup.
 * One render per key at a time: concurrent readers of a key not yet rendered wait for the one render. (A library cache
 * such as Caffeine would be the first choice, but it would have to be embedded in the Jira plugin's OSGi bundle; this
 * is a LinkedHashMap in access order under a lock, and the render runs outside the lock.)
 */
final class BoardHtmlCache {
    static final int MAX_ENTRIES = 8;
    static final int MAX_CHARS = 32 * 1024 * 1024;
    static final String TEMPLATE = "templates/map-lanes.vm";
    /** Rendered in the grid's place in the page ({@code $boardHtml}); nothing a user writes can produce it (escaped). */
    static final String MARK = "<!--journey-maps:board-grid-->";

    private final ViewRenderer renderer;
    private final Map<Key, FutureTask<String>> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<Key, Integer> sizes = new LinkedHashMap<>();
    private long chars;
    /** By identity: lists are values, but an equal list built anew is hashed anew (its hash is then the same). */
    private final Map<Object, Integer> lanesHashes = new java.util.IdentityHashMap<>();

    BoardHtmlCache(ViewRenderer renderer) {
        this.renderer = renderer;
    }

    /** The grid's markup for this reader: from the cache when an equal grid was rendered, else rendered now. */
    String html(BoardGrid grid, CardStewardship stewardship, Messages messages) {
        BoardTexts texts = BoardTexts.of(messages);
        Key key = new Key(grid, stewardship, texts, java.util.Objects.hash(lanesHash(grid), grid.curve(), stewardship, texts));
        FutureTask<String> task;
        boolean mine = false;
        synchronized (this) {
            task = entries.get(key);
            if (task == null) {
                task = new FutureTask<>(() -> renderer.render(TEMPLATE, Map.of("page", grid, "stewardship", stewardship, "i18n", texts)));
                entries.put(key, task);
                mine = true;
            }
        }
        if (mine) {
            task.run();
        }
        try {
            String html = task.get();
            if (mine) {
                admit(key, html.length());
            }
            return html;
        } catch (ExecutionException e) {
            synchronized (this) {
                entries.remove(key, task);
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the board was rendered", e);
        }
    }

    /** Counts the new grid's size, then drops the least recently used grids beyond the bounds (never the new one). */
    private synchronized void admit(Key key, int length) {
        if (!entries.containsKey(key)) {
            return;
        }
        sizes.put(key, length);
        chars += length;
        Iterator<Map.Entry<Key, FutureTask<String>>> eldest = entries.entrySet().iterator();
        while ((entries.size() > MAX_ENTRIES || chars > MAX_CHARS) && eldest.hasNext()) {
            Key candidate = eldest.next().getKey();
            if (candidate.equals(key)) {
                continue;
            }
            eldest.remove();
            Integer size = sizes.remove(candidate);
            chars -= size == null ? 0 : size;
        }
    }

    /**
     * Writes {@code page} with {@code grid} in place of its one {@link #MARK}; false, and nothing written, when the page
     * does not hold exactly one mark.
     */
    static boolean write(java.io.Writer out, String page, String grid) throws java.io.IOException {
        int at = page.indexOf(MARK);
        if (at < 0 || page.indexOf(MARK, at + MARK.length()) >= 0) {
            return false;
        }
        out.write(page, 0, at);
        out.write(grid);
        out.write(page, at + MARK.length(), page.length() - at - MARK.length());
        return true;
    }

    synchronized int size() {
        return entries.size();
    }

    /**
     * The hash of the grid's lanes, computed once per lanes instance: a view model reused between views
     * ({@link BoardGrids}) is the same list, and hashing thousands of cards on every view is what it saves.
     */
    private int lanesHash(BoardGrid grid) {
        synchronized (lanesHashes) {
            Integer known = lanesHashes.get(grid.lanes());
            if (known != null) {
                return known;
            }
        }
        int hash = grid.lanes().hashCode();
        synchronized (lanesHashes) {
            if (lanesHashes.size() >= MAX_ENTRIES * 2) {
                lanesHashes.clear();
            }
            lanesHashes.put(grid.lanes(), hash);
        }
        return hash;
    }

    /**
     * Everything the grid is rendered from, compared by value (a list compares equal to itself at once); the hash is
     * computed once per key and once per lanes instance (the grid is large).
     */
    private record Key(BoardGrid grid, CardStewardship stewardship, BoardTexts texts, int hash) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && hash == that.hash && grid.equals(that.grid)
                    && stewardship.equals(that.stewardship) && texts.equals(that.texts);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
