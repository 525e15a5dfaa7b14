package dev.journeymaps.web.page.exchange;

import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.web.page.work.WorkFilter;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an export of a map shows: the board's work filter ({@code work}: cards it does not match are drawn dimmed, as on
 * the board), whether editing metadata (owner, version, evidence counts, assumption marks) is left out, and a range of
 * stages ({@code fromStage}..{@code toStage}, 1-based and inclusive; null = from the first / to the last).
 */
public record ExportOptions(WorkFilter work, boolean hideMetadata, Integer fromStage, Integer toStage, String address) {
    public static final ExportOptions ALL = new ExportOptions(WorkFilter.ALL, false, null, null);

    /** {@code address}: the map page's absolute address, printed in the PDF and written in the SVG ("" to leave it out). */
    public ExportOptions {
        work = work == null ? WorkFilter.ALL : work;
        address = address == null ? "" : address;
    }

    public ExportOptions(WorkFilter work, boolean hideMetadata, Integer fromStage, Integer toStage) {
        this(work, hideMetadata, fromStage, toStage, "");
    }

    /** The same options with the map page's address (the link "Copy link" copies). */
    public ExportOptions at(String mapAddress) {
        return new ExportOptions(work, hideMetadata, fromStage, toStage, mapAddress);
    }

    /** The board cut to the stage range: its stages in range and only their cards and evidence. 400 for a range it has not. */
    public MapBoard stagesOf(MapBoard board) {
        int count = board.stages().size();
        int from = fromStage == null ? 1 : fromStage;
        int to = toStage == null ? Math.max(count, from) : toStage;
        if (from < 1 || to < from || (to > count && toStage != null)) {
            throw ValidationException.field(fromStage != null && from < 1 ? "from" : "to",
                    "Choose stages from 1 to " + count + ", the first no later than the last.");
        }
        if (from == 1 && to >= count) {
            return board;
        }
        List<Stage> stages = board.stages().subList(from - 1, Math.min(to, count));
        Set<Long> ids = stages.stream().map(Stage::id).collect(Collectors.toSet());
        List<Card> cards = board.cards().stream().filter(card -> ids.contains(card.stageId())).toList();
        Set<Long> cardIds = cards.stream().map(Card::id).collect(Collectors.toSet());
        return new MapBoard(board.map(), stages, board.lanes(), cards,
                board.evidence().stream().filter(e -> cardIds.contains(e.cardId())).toList());
    }
}
