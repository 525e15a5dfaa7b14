package dev.journeymaps.web.page;

import dev.journeymaps.app.work.MapWork;
import dev.journeymaps.web.IssueUrls;
import dev.journeymaps.web.Messages;
import dev.journeymaps.web.page.board.LaneRow;
import dev.journeymaps.web.page.work.MapWorkView;
import dev.journeymaps.web.page.work.WorkFilter;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The map page's two largest view models — the grid's lanes of cards and the map's work roll-up — built once per
 * reader's view of the map and reused by the next view that would build the same: the same {@link MapWork} (the
 * instance: {@code WorkStatusReader} hands out one per map version and per distinct view of the linked issues), the
 * same work filter, the same Jira links (compared by the URLs they give a probe key and a probe search: {@link IssueUrls}
 * derives every URL from one base) and the same map URL and "as of" date in the reader's format, and every text the build
 * looked up read the same in the reader's language now (the build's {@link Messages} are recorded, each distinct
 * lookup once, and replayed against this reader's before a model is reused). So a write, a refreshed issue, a reader who
 * sees other issues, another filter or another language is a miss, never someone else's model.
 *
 * <p>Bounded: the {@value #MAX_ENTRIES} most recently used models.
 */
final class BoardGrids {
    static final int MAX_ENTRIES = 8;

    /** What a build produced. */
    record Models(List<LaneRow> lanes, MapWorkView work) {
    }

    private record Key(MapWork work, WorkFilter filter, String links, String mapUrl, String asOf) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && work == that.work && filter == that.filter && links.equals(that.links)
                    && mapUrl.equals(that.mapUrl) && asOf.equals(that.asOf);
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(work), filter, links, mapUrl, asOf);
        }
    }

    private record Entry(Map<Lookup, String> texts, Models models) {
    }

    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** The models for this view: reused when an equal view was built and its texts read the same, else {@code build}'s. */
    Models models(MapWork work, WorkFilter filter, IssueUrls issueUrls, String mapUrl, String asOf, Messages messages,
                  Function<Messages, Models> build) {
        Key key = new Key(work, filter, issueUrls.browse("JM-1") + " " + issueUrls.search("id = 1"), mapUrl, asOf);
        Entry known;
        synchronized (entries) {
            known = entries.get(key);
        }
        if (known != null && readSame(known.texts(), messages)) {
            return known.models();
        }
        Recording recording = new Recording(messages);
        Models built = build.apply(recording);
        synchronized (entries) {
            entries.put(key, new Entry(Map.copyOf(recording.texts), built));
        }
        return built;
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private static boolean readSame(Map<Lookup, String> texts, Messages messages) {
        for (Map.Entry<Lookup, String> text : texts.entrySet()) {
            Lookup lookup = text.getKey();
            String now = lookup.args().isEmpty() ? messages.getText(lookup.key())
                    : messages.getText(lookup.key(), lookup.args().toArray());
            if (!text.getValue().equals(now)) {
                return false;
            }
        }
        return true;
    }

    /** One text looked up: the key and its arguments (numbers and strings: values). */
    private record Lookup(String key, List<Object> args) {
    }

    /** The reader's messages, remembering each distinct lookup and its text. Used by one build (one thread). */
    private static final class Recording implements Messages {
        private final Messages messages;
        private final Map<Lookup, String> texts = new LinkedHashMap<>();

        Recording(Messages messages) {
            this.messages = messages;
        }

        @Override
        public String getText(String key) {
            return texts.computeIfAbsent(new Lookup(key, List.of()), lookup -> messages.getText(key));
        }

        @Override
        public String getText(String key, Object... args) {
            if (args == null || args.length == 0) {
                return getText(key);
            }
            return texts.computeIfAbsent(new Lookup(key, Arrays.asList(args.clone())), lookup -> messages.getText(key, args));
        }
    }
}
