package dev.journeymaps.app.comments;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.Directory;
import dev.journeymaps.app.DirectoryUser;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.domain.board.MapSummary;
import dev.journeymaps.domain.comments.CardComment;
import dev.journeymaps.domain.comments.Notice;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A user's "For you" list on a project's page: the comments on the project's maps that mention them or are on a card
 * they own, newest first, until they dismiss each. A fixed number of queries whatever the number of maps or notices.
 */
public class ForYou {
    public static final int SHOWN = 50;

    private final MapRepository maps;
    private final AccessPolicy policy;
    private final CommentRepository comments;
    private final Directory directory;

    public ForYou(MapRepository maps, AccessPolicy policy, CommentRepository comments, Directory directory) {
        this.maps = maps;
        this.policy = policy;
        this.comments = comments;
        this.directory = directory;
    }

    /** A user's display name (their key when the directory does not know them). */
    public String name(String userKey) {
        return directory.user(userKey).map(DirectoryUser::displayName).orElse(userKey);
    }

    /**
     * Names as shown to {@code reader}, for one answer: a user this node has not heard of is asked for as the reader (Jira over REST),
     * so an author or mentioned person shows by name after a restart or on another node too; the key if still unknown.
     */
    public Function<String, String> names(Actor reader) {
        Map<String, String> asked = new HashMap<>(); // one answer; each person asked for at most once
        return userKey -> asked.computeIfAbsent(userKey, key -> directory.displayName(reader, key));
    }

    /** One entry: why it is for the user, the comment, and the map and card it is on. */
    public record Item(Notice notice, CardComment comment, String mapTitle, String cardText) {
    }

    public List<Item> of(Actor actor, String projectKey) {
        if (!policy.canView(actor, projectKey)) {
            throw new NotFoundException("No project with key " + projectKey + " is visible to you.");
        }
        Map<Long, String> titles = maps.listMaps(projectKey).stream()
                .collect(Collectors.toMap(summary -> summary.map().id(), summary -> summary.map().title(), (a, b) -> a));
        if (titles.isEmpty()) {
            return List.of();
        }
        List<Notice> notices = comments.noticesFor(actor.userKey(), titles.keySet());
        if (notices.isEmpty()) {
            return List.of();
        }
        Map<Long, CardComment> byId = comments.byIds(notices.stream().map(Notice::commentId).toList()).stream()
                .collect(Collectors.toMap(CardComment::id, Function.identity()));
        Map<Long, String> cards = comments.cardTexts(notices.stream().map(Notice::cardId).toList());
        return notices.stream().filter(notice -> byId.containsKey(notice.commentId()))
                .map(notice -> new Item(notice, byId.get(notice.commentId()), titles.get(notice.mapId()),
                        cards.getOrDefault(notice.cardId(), "")))
                .sorted(Comparator.comparing((Item item) -> item.comment().createdAt()).reversed()
                        .thenComparing(item -> -item.comment().id()))
                .limit(SHOWN)
                .toList();
    }

    /** Removes one of the user's own notices from their list. */
    public void dismiss(Actor actor, long noticeId) {
        if (!comments.dismiss(actor.userKey(), noticeId)) {
            throw new NotFoundException("You have no notice " + noticeId + ".");
        }
    }
}
