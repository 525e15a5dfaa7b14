package dev.journeymaps.web.rest.history;

import dev.journeymaps.web.rest.Requests;
import dev.journeymaps.domain.ValidationException;
import jakarta.servlet.http.HttpServletResponse;

import java.util.List;

/**
 * {@code ?start=&limit=} on list resources that grow with a map's life (history, snapshots). Without them a list
 * answers its first {@link #DEFAULT_LIMIT} items, as a JSON array like before; {@code X-Total-Count} says how many
 * there are in all, so a client knows whether to ask for the next page.
 */
final class Paging {
    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 1000;
    static final String TOTAL = "X-Total-Count";

    private Paging() {
    }

    static <T> List<T> page(List<T> all, String startParam, String limitParam, HttpServletResponse response) {
        Integer start = Requests.intParam(startParam, "start");
        Integer limit = Requests.intParam(limitParam, "limit");
        int from = start == null ? 0 : start;
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (from < 0) {
            throw ValidationException.field("start", "start must be 0 or more.");
        }
        if (size < 1 || size > MAX_LIMIT) {
            throw ValidationException.field("limit", "limit must be between 1 and " + MAX_LIMIT + ".");
        }
        if (response != null) {
            response.setHeader(TOTAL, Integer.toString(all.size()));
        }
        return from >= all.size() ? List.of() : all.subList(from, (int) Math.min(all.size(), (long) from + size));
    }
}
