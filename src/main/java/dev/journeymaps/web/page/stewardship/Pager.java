package dev.journeymaps.web.page.stewardship;

import dev.journeymaps.web.Messages;

/**
 * Which slice of a long ranked list a page shows ({@code from} inclusive, {@code to} exclusive), "101–200 of 2,000",
 * and the links to the pages before and after it (empty when there is none). A page past the end shows the last one.
 */
public record Pager(int from, int to, int total, String summary, String previousUrl, String nextUrl) {

    static Pager of(int total, int requestedPage, int size, String listUrl, Messages messages) {
        int pages = Math.max(1, (total + size - 1) / size);
        int page = Math.min(Math.max(1, requestedPage), pages);
        int from = (page - 1) * size;
        int to = Math.min(total, from + size);
        String summary = total == 0 ? "" : messages.getText("journeymaps.priorities.pager", from + 1, to, total);
        return new Pager(from, to, total, summary, page > 1 ? listUrl + "&page=" + (page - 1) : "",
                page < pages ? listUrl + "&page=" + (page + 1) : "");
    }

    /** More rows than one page holds: the template shows the summary and the links. */
    public boolean isPaged() {
        return !previousUrl.isEmpty() || !nextUrl.isEmpty();
    }

    public boolean hasPrevious() {
        return !previousUrl.isEmpty();
    }

    public boolean hasNext() {
        return !nextUrl.isEmpty();
    }
}
