package dev.journeymaps.standalone.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A thread-safe map that keeps only its {@code capacity} most recently used entries: a node's memory of sessions. */
public final class Recent {
    private Recent() {
    }

    public static <V> Map<String, V> map(int capacity) {
        return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        });
    }
}
