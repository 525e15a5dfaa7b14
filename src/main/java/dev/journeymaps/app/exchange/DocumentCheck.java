package dev.journeymaps.app.exchange;

import dev.journeymaps.domain.Limits;
import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.Channel;
import dev.journeymaps.domain.board.Evidence;
import dev.journeymaps.domain.board.EvidenceType;
import dev.journeymaps.domain.board.Lane;
import dev.journeymaps.domain.board.LaneKind;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.board.MapType;
import dev.journeymaps.domain.board.Persona;
import dev.journeymaps.domain.board.ScopeCard;
import dev.journeymaps.domain.board.Stage;
import dev.journeymaps.domain.stewardship.CardTriage;
import dev.journeymaps.domain.stewardship.ScoringMethod;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.LongStream;

/**
 * Checks a whole document before anything is written, with the same domain rules every edit obeys, and names each
 * problem by its path in the document ({@code maps[0].cards[3].text}). Every problem is collected, then one 400.
 */
final class DocumentCheck {
    private final Map<String, String> errors = new LinkedHashMap<>();

    static void check(ExchangeDocument doc) {
        DocumentCheck check = new DocumentCheck();
        check.document(doc);
        if (!check.errors.isEmpty()) {
            throw new ValidationException(check.errors, List.of("The file is not a journey map export this server can import."));
        }
    }

    private void document(ExchangeDocument doc) {
        if (doc.schemaVersion() != ExchangeDocument.VERSION) {
            errors.put("schemaVersion", "This server reads schema version " + ExchangeDocument.VERSION + ", not " + doc.schemaVersion() + ".");
            return;
        }
        require(doc.maps() != null, "maps", "The list of maps is missing.");
        List<ExchangeDocument.PersonaDoc> personas = doc.personas() == null ? List.of() : doc.personas();
        for (int i = 0; i < personas.size(); i++) {
            ExchangeDocument.PersonaDoc p = personas.get(i);
            at("personas[" + i + "]", () -> new Persona.Content(p.name(), p.description(), p.goals(), p.frustrations()).validated());
        }
        List<ExchangeDocument.MapDoc> maps = doc.maps() == null ? List.of() : doc.maps();
        for (int i = 0; i < maps.size(); i++) {
            map("maps[" + i + "]", maps.get(i), personas);
        }
    }

    private void map(String path, ExchangeDocument.MapDoc map, List<ExchangeDocument.PersonaDoc> personas) {
        if (map == null) {
            errors.put(path, "A map is missing.");
            return;
        }
        ExchangeDocument.ScopeDoc s = map.scope();
        at(path, () -> new MapDetails(map.title(), MapType.fromKey(map.type()),
                s == null ? ScopeCard.EMPTY : new ScopeCard(s.persona(), s.journey(), s.goal(), s.purpose()), map.owner()).validated());
        require(map.scoringMethod() == null || ScoringMethod.fromKey(map.scoringMethod()) != null, path + ".scoringMethod",
                "Scoring is impact-feasibility or rice.");
        require(map.persona() == null || personas.stream().anyMatch(p -> map.persona().equals(p.name())), path + ".persona",
                "The map names a persona the file does not hold.");
        List<String> stages = map.stages() == null ? List.of() : map.stages();
        List<ExchangeDocument.LaneDoc> lanes = map.lanes() == null ? List.of() : map.lanes();
        require(stages.size() <= Limits.STAGES_PER_MAP, path + ".stages", "A map has at most " + Limits.STAGES_PER_MAP + " stages.");
        require(lanes.size() <= Limits.LANES_PER_MAP, path + ".lanes", "A map has at most " + Limits.LANES_PER_MAP + " lanes.");
        for (int i = 0; i < stages.size(); i++) {
            String name = stages.get(i);
            at(path + ".stages[" + i + "]", () -> Stage.validName(name));
        }
        for (int i = 0; i < lanes.size(); i++) {
            ExchangeDocument.LaneDoc lane = lanes.get(i);
            String lanePath = path + ".lanes[" + i + "]";
            require(lane != null && LaneKind.fromKey(lane.kind()) != null, lanePath + ".kind", "Not a lane kind.");
            at(lanePath, () -> Lane.validTitle(lane == null ? null : lane.title()));
        }
        List<ExchangeDocument.CardDoc> cards = map.cards() == null ? List.of() : map.cards();
        require(cards.size() <= Limits.CARDS_PER_MAP, path + ".cards", "A map has at most " + Limits.CARDS_PER_MAP + " cards.");
        for (int i = 0; i < cards.size(); i++) {
            card(path + ".cards[" + i + "]", cards.get(i), stages.size(), lanes);
        }
        if (map.review() != null) {
            at(path + ".review", () -> HistoryDocs.cadence(map.review()));
        }
        List<Long> cardRefs = LongStream.range(0, cards.size()).boxed().toList();
        for (int i = 0; i < map.snapshots().size(); i++) {
            ExchangeDocument.SnapshotDoc snapshot = map.snapshots().get(i);
            at(path + ".snapshots[" + i + "]", () -> HistoryDocs.snapshot(snapshot, cardRefs));
        }
    }

    private void card(String path, ExchangeDocument.CardDoc card, int stages, List<ExchangeDocument.LaneDoc> lanes) {
        if (card == null || card.stage() < 0 || card.stage() >= stages || card.lane() < 0 || card.lane() >= lanes.size()) {
            errors.put(path, "The card's stage and lane must be among the map's.");
            return;
        }
        LaneKind kind = LaneKind.fromKey(lanes.get(card.lane()) == null ? null : lanes.get(card.lane()).kind());
        Channel channel = card.channel() == null ? null : Channel.fromKey(card.channel());
        require(card.channel() == null || channel != null, path + ".channel", "Not a channel.");
        if (kind != null) {
            at(path, () -> new Card.Content(card.text(), card.details(), card.emotion(), channel).validatedFor(kind));
        }
        ExchangeDocument.ScoresDoc s = card.scores();
        if (s != null) {
            at(path + ".scores", () -> new CardTriage.Scores(s.impact(), s.feasibility(), s.reach(), s.riceImpact(), s.effort()).validated());
        }
        require(card.owner() == null || card.owner().length() <= Limits.USER_KEY, path + ".owner", "A user key is at most "
                + Limits.USER_KEY + " characters.");
        List<ExchangeDocument.EvidenceDoc> evidence = card.evidence() == null ? List.of() : card.evidence();
        for (int i = 0; i < evidence.size(); i++) {
            ExchangeDocument.EvidenceDoc e = evidence.get(i);
            at(path + ".evidence[" + i + "]", () -> content(e));
        }
        List<ExchangeDocument.LinkDoc> links = card.links() == null ? List.of() : card.links();
        for (int i = 0; i < links.size(); i++) {
            ExchangeDocument.LinkDoc link = links.get(i);
            require(link != null && link.issueId() > 0, path + ".links[" + i + "].issueId", "An issue id is a positive number.");
        }
        List<ExchangeDocument.CommentDoc> comments = card.comments() == null ? List.of() : card.comments();
        for (int i = 0; i < comments.size(); i++) {
            ExchangeDocument.CommentDoc c = comments.get(i);
            String at = path + ".comments[" + i + "]";
            if (c == null) {
                errors.put(at, "A comment is an object.");
                continue;
            }
            require(c.author() != null && !c.author().isBlank() && c.author().length() <= Limits.USER_KEY, at + ".author",
                    "The author is a user key of at most " + Limits.USER_KEY + " characters.");
            at(at, () -> dev.journeymaps.domain.comments.CommentText.validated(c.text()));
            require(instant(c.createdAt()), at + ".createdAt", "A time is written 2026-11-30T09:15:00Z.");
            require(c.editedAt() == null || instant(c.editedAt()), at + ".editedAt", "A time is written 2026-11-30T09:15:00Z.");
        }
    }

    private static boolean instant(String text) {
        try {
            java.time.Instant.parse(text);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    static Evidence.Content content(ExchangeDocument.EvidenceDoc e) {
        LocalDate date;
        try {
            date = e.date() == null || e.date().isEmpty() ? null : LocalDate.parse(e.date());
        } catch (DateTimeParseException ex) {
            throw ValidationException.field("date", "A date is written 2026-11-30.");
        }
        return new Evidence.Content(EvidenceType.fromKey(e.type()), e.quantitative(), e.customersAffected(), e.sourceUrl(),
                e.quote(), date, Boolean.TRUE.equals(e.assumption())).validated();
    }

    private void at(String path, Supplier<?> rule) {
        try {
            rule.get();
        } catch (ValidationException e) {
            e.fieldErrors().forEach((field, message) -> errors.put(path + "." + field, message));
            e.messages().forEach(message -> errors.putIfAbsent(path, message));
        } catch (RuntimeException e) {
            errors.put(path, "Not readable here.");
        }
    }

    private void require(boolean ok, String path, String message) {
        if (!ok) {
            errors.putIfAbsent(path, message);
        }
    }
}
