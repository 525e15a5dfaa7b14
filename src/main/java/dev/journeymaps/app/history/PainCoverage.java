package dev.journeymaps.app.history;

import dev.journeymaps.app.stewardship.Prioritizer;
import dev.journeymaps.app.work.MapWorkSummary;
import dev.journeymaps.app.work.WorkStatusReader;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.domain.stewardship.CardPriority;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.history.MapReview;
import dev.journeymaps.domain.stewardship.PriorityFilter;
import dev.journeymaps.domain.stewardship.PriorityOrder;
import dev.journeymaps.domain.work.Progress;
import dev.journeymaps.domain.stewardship.RankedCard;

import java.util.List;

/**
 * "Customer pain coverage" (the Jira dashboard item): for each project with journey maps the actor may view, the
 * share of pain points with linked work, the share of that work done, the top unowned pain points and the maps due
 * for review. Built from the same use cases as the project's pages, so it says what they say.
 */
public class PainCoverage {
    public static final int TOP_UNOWNED = 3;

    private final MapRepository repository;
    private final AccessPolicy policy;
    private final WorkStatusReader work;
    private final Prioritizer prioritizer;
    private final MapReviews reviews;

    public PainCoverage(MapRepository repository, AccessPolicy policy, WorkStatusReader work, Prioritizer prioritizer,
                        MapReviews reviews) {
        this.repository = repository;
        this.policy = policy;
        this.work = work;
        this.prioritizer = prioritizer;
        this.reviews = reviews;
    }

    /** One project's coverage. {@code coverage} and {@code done} are 0 … 1. */
    public record ProjectCoverage(String projectKey, int maps, int painPoints, int painPointsWithWork, double coverage,
                                  double done, List<CardPriority> topUnowned, List<MapReview> dueForReview) {
        public ProjectCoverage {
            topUnowned = List.copyOf(topUnowned);
            dueForReview = List.copyOf(dueForReview);
        }
    }

    /** Every project with maps the actor may view, by key; none for an anonymous actor. */
    public List<ProjectCoverage> forActor(Actor actor) {
        if (actor == null) {
            return List.of();
        }
        return repository.projectKeys().stream().filter(key -> policy.canView(actor, key)).map(key -> of(actor, key)).toList();
    }

    /** One project's coverage; the permission is checked by the use cases it reads. */
    public ProjectCoverage of(Actor actor, String projectKey) {
        WorkStatusReader.ProjectWork projectWork = work.projectStatus(actor, projectKey);
        int painPoints = 0;
        int withWork = 0;
        Progress progress = Progress.NONE;
        for (MapWorkSummary map : projectWork.maps()) {
            painPoints += map.rollup().painPoints();
            withWork += map.rollup().painPointsWithWork();
            progress = progress.plus(map.rollup().progress());
        }
        List<CardPriority> unowned = prioritizer.projectPriorities(actor, projectKey).priorities()
                .ranked(PriorityOrder.SCORE, List.of(PriorityFilter.UNOWNED)).stream().map(RankedCard::priority)
                .filter(card -> card.lane().kind() == LaneKind.PAIN_POINTS).limit(TOP_UNOWNED).toList();
        return new ProjectCoverage(projectKey, projectWork.maps().size(), painPoints, withWork,
                painPoints == 0 ? 0 : (double) withWork / painPoints, progress.ratio(), unowned,
                reviews.dueForReview(actor, projectKey));
    }
}
