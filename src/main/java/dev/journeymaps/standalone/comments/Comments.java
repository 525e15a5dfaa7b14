package dev.journeymaps.standalone.comments;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Directory;
import dev.journeymaps.app.comments.CardComments;
import dev.journeymaps.app.comments.ForYou;
import dev.journeymaps.store.comments.AoCommentRepository;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import dev.journeymaps.store.history.AoAuditLog;
import dev.journeymaps.store.stewardship.AoTriageRepository;

import java.time.Clock;

/** The standalone host's wiring of comments on cards and the "For you" list (no mail: the list is the notification). */
public record Comments(CardComments comments, ForYou forYou) {

    public static Comments of(EmbeddedDatabase database, AccessPolicy policy, Clock clock, Directory directory) {
        AoCommentRepository repository = new AoCommentRepository(database.session());
        return new Comments(new CardComments(database.repository(), policy, clock, repository,
                new AoTriageRepository(database.session()), new AoAuditLog(database.session()), directory),
                new ForYou(database.repository(), policy, repository, directory));
    }
}
