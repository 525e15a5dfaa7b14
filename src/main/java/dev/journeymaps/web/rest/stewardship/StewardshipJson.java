package dev.journeymaps.web.rest.stewardship;

import dev.journeymaps.web.rest.IsoDates;
import dev.journeymaps.app.DirectoryUser;
import dev.journeymaps.app.stewardship.PriorityReport;
import dev.journeymaps.domain.history.BoardDiff;
import dev.journeymaps.domain.stewardship.CardPriority;
import dev.journeymaps.domain.stewardship.CardTriage;
import dev.journeymaps.domain.history.HistoryEntry;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.history.MapReview;
import dev.journeymaps.domain.stewardship.PriorityFilter;
import dev.journeymaps.domain.stewardship.RankedCard;
import dev.journeymaps.domain.stewardship.Score;
import dev.journeymaps.domain.history.Snapshot;
import dev.journeymaps.domain.history.SnapshotCard;
import dev.journeymaps.domain.history.SnapshotContent;

import java.util.List;
import java.util.function.Function;

/** JSON shapes of the prioritization, ownership, review and history API. Field names are the contract. */
public final class StewardshipJson {
    private StewardshipJson() {
    }

    /** A user: the key to store, the name to show. Absent (null) when nobody. */
    record Person(String key, String displayName, String avatarUrl) {
        public static Person of(String key, Function<String, String> names) {
            return key == null || key.isEmpty() ? null : new Person(key, names.apply(key), "");
        }

        /** With the avatar's URL in the user picker's answers ("" when the directory has none). */
        public static Person of(DirectoryUser user) {
            return new Person(user.key(), user.displayName(), user.avatarUrl());
        }
    }

    record ScoreJson(String method, Double value, String display, String formula) {
        public static ScoreJson of(Score score) {
            return new ScoreJson(score.method().key(), score.value(), score.display(), score.formula());
        }
    }

    record EvidenceJson(int items, int quantitative, Integer customersAffected, boolean assumption, int confidencePercent) {
    }

    record LinkedWorkJson(int issues, int done, String status, boolean linked) {
    }

    /**
     * A pain point or opportunity with its rank (0 = not scored; null in the answer to a one-card write, which does not
     * rank the whole map), owner, inputs, score and seams.
     */
    record CardPriorityJson(long cardId, long mapId, String mapTitle, String text, String laneKind, String stage,
                            Integer rank, Person owner, Integer impact, Integer feasibility, Integer reach, Double riceImpact,
                            Double effort, ScoreJson score, String quadrant, EvidenceJson evidence, LinkedWorkJson linkedWork) {
        public static CardPriorityJson of(Integer rank, CardPriority p, Function<String, String> names) {
            CardTriage.Scores s = p.triage().scores();
            return new CardPriorityJson(p.card().id(), p.map().id(), p.map().title(), p.card().text(), p.lane().kind().key(),
                    p.stage().name(), rank, Person.of(p.triage().ownerKey(), names), s.impact(), s.feasibility(), s.reach(),
                    s.riceImpact(), s.effort(), ScoreJson.of(p.score()), p.quadrant() == null ? null : p.quadrant().key(),
                    new EvidenceJson(p.evidence().items(), p.evidence().quantitativeItems(), p.evidence().customersAffected(),
                            p.isAssumption(), p.confidence().percent()),
                    new LinkedWorkJson(p.work().issues(), p.work().done(), p.work().status().name(), p.isLinked()));
        }
    }

    record MapRef(long id, String title, String scoringMethod) {
    }

    record Counts(int cards, long scored, long unowned, long unlinked, long assumptions) {
    }

    record PriorityReportJson(String projectKey, List<MapRef> maps, boolean mixedMethods, Counts counts,
                              List<CardPriorityJson> cards) {
        public static PriorityReportJson of(PriorityReport report, List<RankedCard> ranked) {
            List<MapRef> maps = report.maps().stream()
                    .map(map -> new MapRef(map.id(), map.title(), report.method(map.id()).key())).toList();
            var all = report.priorities();
            Counts counts = new Counts(all.cards().size(), all.scoredCount(), all.count(PriorityFilter.UNOWNED),
                    all.count(PriorityFilter.UNLINKED), all.count(PriorityFilter.ASSUMPTION));
            return new PriorityReportJson(report.projectKey(), maps, report.mixesMethods(), counts,
                    ranked.stream().map(r -> CardPriorityJson.of(r.rank(), r.priority(), report::ownerName)).toList());
        }
    }

    record CardResult(CardPriorityJson card, long version) {
    }

    record MethodResult(String method, long version) {
    }

    record OwnerResult(Person owner, long version) {
    }

    public record ReviewJson(long mapId, String title, Person owner, int intervalDays, String lastReviewedAt, Person lastReviewedBy,
                      String dueAt, String state, boolean stale, long daysUntilDue) {
        public static ReviewJson of(MapReview review, Function<String, String> names) {
            JourneyMap map = review.map();
            return new ReviewJson(map.id(), map.title(), Person.of(map.ownerKey(), names), review.cadence().intervalDays(),
                    IsoDates.of(review.cadence().lastReviewedAt()), Person.of(review.cadence().lastReviewedBy(), names),
                    IsoDates.of(review.dueAt()),
                    review.state().key(), review.isStale(), review.daysUntilDue());
        }
    }

    public record ReviewResult(ReviewJson review, long version) {
    }

    public record ReviewedResult(ReviewJson review, SnapshotJson snapshot, long version) {
    }

    public record SnapshotJson(long id, long mapId, long mapVersion, String takenAt, Person takenBy, String label,
                        SnapshotContent content) {
        public static SnapshotJson of(Snapshot snapshot, Function<String, String> names) {
            return new SnapshotJson(snapshot.id(), snapshot.mapId(), snapshot.mapVersion(), IsoDates.of(snapshot.takenAt()),
                    Person.of(snapshot.takenBy(), names), snapshot.label(), snapshot.content());
        }
    }

    public record SnapshotResult(SnapshotJson snapshot, long version) {
    }

    public record DiffJson(String from, String to, String matchedBy, List<SnapshotCard> added, List<SnapshotCard> removed,
                    List<BoardDiff.CardChange> changed) {
        public static DiffJson of(String from, String to, String matchedBy, BoardDiff diff) {
            return new DiffJson(from, to, matchedBy, diff.added(), diff.removed(), diff.changed());
        }
    }

    /** {@code cardId}: the card the line is about while it is on the map, else null. */
    public record HistoryJson(long version, String at, Person by, String action, String subject, String summary, Long cardId) {
        public static HistoryJson of(HistoryEntry entry, Function<String, String> names) {
            return new HistoryJson(entry.version(), IsoDates.of(entry.at()), Person.of(entry.by(), names), entry.action(),
                    entry.subject(), entry.summary(), entry.cardId());
        }
    }
}
