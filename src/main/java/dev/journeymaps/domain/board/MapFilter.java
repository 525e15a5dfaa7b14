package dev.journeymaps.domain.board;

import dev.journeymaps.domain.Text;
import java.util.Locale;

/** Which of a project's maps to list: by type, persona and owner, and titles containing a search text. Null or empty: any. */
public record MapFilter(MapType type, Long personaId, String ownerKey, String search) {
    public static final MapFilter ALL = new MapFilter(null, null, null, null);

    public MapFilter {
        ownerKey = Text.orEmpty(ownerKey);
        search = Text.orEmpty(search);
    }

    public boolean matches(JourneyMap map) {
        return (type == null || map.type() == type)
                && (personaId == null || personaId.equals(map.personaId()))
                && (ownerKey.isEmpty() || ownerKey.equals(map.ownerKey()))
                && (search.isEmpty() || map.title().toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT)));
    }

    public boolean isEmpty() {
        return type == null && personaId == null && ownerKey.isEmpty() && search.isEmpty();
    }
}
