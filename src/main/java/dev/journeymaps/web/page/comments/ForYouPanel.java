package dev.journeymaps.web.page.comments;

import dev.journeymaps.app.comments.ForYou;
import dev.journeymaps.domain.comments.Notice;
import dev.journeymaps.web.Formats;
import dev.journeymaps.web.Messages;
import dev.journeymaps.web.page.PageUrls;

import java.util.List;
import java.util.function.Function;

/**
 * The "For you" list on a project's page: comments that mention the reader or are on a card they own, newest first,
 * each linking to its card. Mentions are shown by display name; all text is escaped by the renderer, as everywhere.
 */
public final class ForYouPanel {
    private final List<Item> items;

    private ForYouPanel(List<Item> items) {
        this.items = items;
    }

    /** A piece of the comment: text, or (when {@code mention}) the mentioned person's display name. */
    public record Segment(String text, boolean mention) {
    }

    public record Item(long noticeId, String reasonLabel, String cardUrl, String cardText, String mapTitle,
                       String authorName, List<Segment> segments, String createdIso, String createdLabel) {
    }

    /** The reader's list for a project's page; empty where the host keeps no comments ({@code forYou} null). */
    public static ForYouPanel forProject(ForYou forYou, dev.journeymaps.app.Actor actor, String projectKey, Messages messages,
                                         Formats formats, PageUrls urls) {
        return forYou == null ? new ForYouPanel(List.of())
                : of(forYou.of(actor, projectKey), forYou.names(actor), messages, formats, urls);
    }

    public static ForYouPanel of(List<ForYou.Item> found, Function<String, String> names, Messages messages,
                                 Formats formats, PageUrls urls) {
        return new ForYouPanel(found.stream().map(item -> new Item(item.notice().id(),
                messages.getText(item.notice().reason() == Notice.Reason.OWNER ? "journeymaps.foryou.owner" : "journeymaps.foryou.mention"),
                urls.card(item.notice().mapId(), item.notice().cardId()), item.cardText(), item.mapTitle(),
                names.apply(item.comment().authorKey()),
                item.comment().text().segments().stream()
                        .map(s -> s.mention() ? new Segment(names.apply(s.userKey()), true) : new Segment(s.text(), false))
                        .toList(),
                item.comment().createdAt().toString(), formats.dateTime(item.comment().createdAt()))).toList());
    }

    public boolean hasItems() {
        return !items.isEmpty();
    }

    public List<Item> items() {
        return items;
    }
}
