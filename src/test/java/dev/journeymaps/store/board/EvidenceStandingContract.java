package dev.journeymaps.store.board;

import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Evidence;
import dev.journeymaps.domain.board.EvidenceType;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.board.ScopeCard;
import dev.journeymaps.store.Columns;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence marked as an assumption (issue 12 point 9): the store keeps the switch, a copy keeps it, and rows written
 * before the column existed read as validated — what every piece of evidence meant until then.
 */
public abstract class EvidenceStandingContract extends MapStoreContract {
    private static final Evidence.Content HUNCH = new Evidence.Content(EvidenceType.OTHER, false, 40, "", "Sales think so",
            LocalDate.parse("2026-11-20"), true);
    private static final Evidence.Content STUDY = new Evidence.Content(EvidenceType.SURVEY, true, 120, "", "", null, false);

    @Test
    void theAssumptionSwitchIsStoredLoadedBackAndChangedByAnEdit() {
        MapBoard board = board(create(newProject(), MapType.CURRENT_STATE, "Standing").id());
        long pain = lane(board, LaneKind.PAIN_POINTS).id();
        long card = change(board, writer -> {
            long id = writer.insertCard(pain, board.stages().get(0).id(), 0, new Card.Content("Setup is slow", ""));
            writer.insertEvidence(id, HUNCH);
            return id;
        });

        MapBoard loaded = board(board.map().id());
        assertThat(loaded.evidenceFor(card)).extracting(Evidence::content).containsExactly(HUNCH);
        assertThat(loaded.isAssumption(loaded.card(card).orElseThrow())).as("backed only by an assumption").isTrue();
        assertThat(loaded.validation().backed()).isZero();

        Evidence hunch = loaded.evidenceFor(card).get(0);
        Evidence.Content validated = new Evidence.Content(HUNCH.type(), HUNCH.quantitative(), HUNCH.customersAffected(),
                HUNCH.sourceUrl(), HUNCH.quote(), HUNCH.date(), false);
        change(loaded, writer -> {
            writer.updateEvidence(new Evidence(hunch.id(), hunch.mapId(), hunch.cardId(), validated));
            return null;
        });

        MapBoard after = board(board.map().id());
        assertThat(after.evidenceFor(card)).extracting(Evidence::content).containsExactly(validated);
        assertThat(after.isAssumption(after.card(card).orElseThrow())).isFalse();
        assertThat(after.validation().backed()).isEqualTo(1);
    }

    @Test
    void aCopyKeepsWhichEvidenceIsAnAssumption() {
        MapBoard board = board(create(newProject(), MapType.CURRENT_STATE, "Today").id());
        long pain = lane(board, LaneKind.PAIN_POINTS).id();
        change(board, writer -> {
            long id = writer.insertCard(pain, board.stages().get(1).id(), 0, new Card.Content("Slow", ""));
            writer.insertEvidence(id, HUNCH);
            writer.insertEvidence(id, STUDY);
            return id;
        });

        JourneyMap copy = repository.copyMap(board(board.map().id()),
                new MapDetails("Tomorrow", MapType.FUTURE_STATE, ScopeCard.EMPTY, "bob"), "bob", T0);

        assertThat(board(copy.id()).evidence()).extracting(Evidence::content).containsExactlyInAnyOrder(HUNCH, STUDY);
    }

    @Test
    void evidenceStoredBeforeTheSwitchExistedIsValidated() {
        MapBoard board = board(create(newProject(), MapType.CURRENT_STATE, "Old rows").id());
        long pain = lane(board, LaneKind.PAIN_POINTS).id();
        long card = change(board, writer -> writer.insertCard(pain, board.stages().get(0).id(), 0, new Card.Content("Old", "")));
        // A row as the previous schema wrote it: no ASSUMPTION value at all.
        database.session().create(EvidenceEntity.class, Columns.values(EvidenceEntity.MAP_ID, board.map().id(),
                EvidenceEntity.CARD_ID, card, EvidenceEntity.TYPE, EvidenceType.INTERVIEW.name(), EvidenceEntity.QUANTITATIVE, false));

        MapBoard loaded = board(board.map().id());
        assertThat(loaded.evidenceFor(card)).singleElement().satisfies(e -> assertThat(e.content().assumption()).isFalse());
        assertThat(loaded.isAssumption(loaded.card(card).orElseThrow())).isFalse();
    }

    private static Lane lane(MapBoard board, LaneKind kind) {
        return board.lanes().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
    }
}
