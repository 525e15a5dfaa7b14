package dev.journeymaps.app.stewardship;

import dev.journeymaps.app.AuditTrail;
import dev.journeymaps.app.Directory;
import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.DirectoryUser;
import dev.journeymaps.app.Owners;
import dev.journeymaps.app.ConflictException;
import dev.journeymaps.app.board.BoardPart;
import dev.journeymaps.app.board.Footprint;
import dev.journeymaps.app.board.MapAccess;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.domain.AuditEntry;
import dev.journeymaps.domain.stewardship.CardPriority;
import dev.journeymaps.domain.stewardship.CardTriage;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.MapBoard;
import dev.journeymaps.domain.board.MapDetails;
import dev.journeymaps.domain.Text;
import dev.journeymaps.domain.Violations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Use cases of ownership: find people for the user picker, and make someone the owner of a map or of a
 * pain point / opportunity. Owners must be users the directory knows; an empty owner unassigns.
 */
public class Ownership {
    public static final int PICKER_LIMIT = 20;
    static final int QUERY_MAX = 100;

    private final MapRepository repository;
    private final MapAccess access;
    private final Clock clock;
    private final TriageRepository triage;
    private final AuditTrail audit;
    private final Directory directory;
    private final PriorityReader reader;

    public Ownership(MapRepository repository, AccessPolicy policy, Clock clock,
                     TriageRepository triage, AuditTrail audit, Directory directory, PriorityReader reader) {
        this.repository = repository;
        this.access = new MapAccess(repository, policy, directory);
        this.clock = clock;
        this.triage = triage;
        this.audit = audit;
        this.directory = directory;
        this.reader = reader;
    }

    /** People matching the query, for the picker; any signed-in user may search, as in Jira's own picker. */
    public List<DirectoryUser> findPeople(Actor actor, String query, Integer limit) {
        String q = Text.orEmpty(query);
        new Violations().required("query", q, QUERY_MAX)
                .check(limit == null || (limit >= 1 && limit <= PICKER_LIMIT), "limit", "Ask for 1 to " + PICKER_LIMIT + " people.")
                .throwIfAny();
        return directory.search(actor, q, limit == null ? PICKER_LIMIT : limit);
    }

    /** Makes someone the owner of one card (reads and writes only its own rows); its map header is at the committed version. */
    public CardPriority assignCardOwner(Actor actor, long mapId, long version, long cardId, String ownerKey) {
        String owner = knownOwner(actor, ownerKey);
        MapBoard card = access.editable(actor, mapId, version, BoardPart.card(cardId));
        CardPriority before = reader.actionableCard(card, cardId);
        Instant now = clock.instant();
        CardPriority after = PriorityReader.retriaged(before, before.triage().withOwner(owner), version, now);
        long committed;
        try {
            committed = repository.change(mapId, version, Footprint.card(cardId), actor.userKey(), now, writer -> {
                triage.saveTriage(mapId, after.triage());
                audit.append(new AuditEntry(mapId, writer.version(), now, actor.userKey(), "card.owner",
                        before.card().text(), describe(owner, before.triage().ownerKey()), cardId));
                return writer.version();
            });
        } catch (ConflictException e) {
            throw access.named(Footprint.named(e, card), actor);
        }
        return PriorityReader.retriaged(before, after.triage(), committed, now);
    }

    /** A user's display name (their key when the directory does not know them; "" for nobody). */
    public String displayName(String userKey) {
        return reader.name(userKey);
    }

    public JourneyMap assignMapOwner(Actor actor, long mapId, long version, String ownerKey) {
        String owner = knownOwner(actor, ownerKey);
        JourneyMap map = access.editable(actor, mapId, version, BoardPart.grid()).map();
        MapDetails details = new MapDetails(map.title(), map.type(), map.scope(), owner, map.personaId()).validated();
        Instant now = clock.instant();
        try {
            repository.change(mapId, version, actor.userKey(), now, writer -> {
                writer.updateMap(details);
                audit.append(new AuditEntry(mapId, version + 1, now, actor.userKey(), "map.owner",
                        map.title(), describe(owner, map.ownerKey())));
                return null;
            });
        } catch (ConflictException e) {
            throw access.named(e, actor);
        }
        return map.withDetails(details, now).atVersion(version + 1, now);
    }

    private String knownOwner(Actor actor, String ownerKey) {
        return Owners.known(directory, actor, ownerKey);
    }

    private String describe(String owner, String previous) {
        return "Owner: " + (owner.isEmpty() ? "nobody" : reader.name(owner))
                + " (was: " + (previous.isEmpty() ? "nobody" : reader.name(previous)) + ")";
    }
}
