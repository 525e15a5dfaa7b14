package dev.journeymaps.app.board;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Actor;
import dev.journeymaps.app.ConflictException;
import dev.journeymaps.app.Directory;
import dev.journeymaps.app.DirectoryUser;
import dev.journeymaps.app.NotFoundException;
import dev.journeymaps.app.PermissionDeniedException;
import dev.journeymaps.domain.ValidationException;
import dev.journeymaps.domain.board.JourneyMap;
import dev.journeymaps.domain.board.MapBoard;

import java.util.List;
import java.util.Optional;

/**
 * Loads a map for a user and checks what they may do with it. A map in a project the user cannot
 * browse is reported as not found, as Jira does for issues.
 */
public final class MapAccess {
    private final MapRepository repository;
    private final AccessPolicy policy;
    private final Directory directory;

    public MapAccess(MapRepository repository, AccessPolicy policy) {
        this(repository, policy, NO_NAMES);
    }

    /** With {@code directory}: a conflict names the other author by display name ({@link #named}). */
    public MapAccess(MapRepository repository, AccessPolicy policy, Directory directory) {
        this.repository = repository;
        this.policy = policy;
        this.directory = directory;
    }

    /** For use cases that write nothing a conflict could name an author for: authors stay keys. */
    private static final Directory NO_NAMES = new Directory() {
        @Override
        public List<DirectoryUser> search(String query, int limit) {
            return List.of();
        }

        @Override
        public Optional<DirectoryUser> user(String userKey) {
            return Optional.empty();
        }
    };

    /** {@code e} naming its author by display name, as the directory knows them to {@code actor} (else by key). */
    public ConflictException named(ConflictException e, Actor actor) {
        return e.authorNamed(directory, actor);
    }

    public MapBoard viewable(Actor actor, long mapId) {
        MapBoard board = repository.loadBoard(mapId).orElseThrow(() -> notFound(mapId));
        if (!policy.canView(actor, board.map().projectKey())) {
            throw notFound(mapId);
        }
        return board;
    }

    /** The current-state map this one was made from, if it still exists and the actor may see it. */
    public Optional<JourneyMap> viewableOrigin(Actor actor, JourneyMap map) {
        return map.originMapId() == null ? Optional.empty()
                : repository.findMap(map.originMapId()).filter(origin -> canView(actor, origin.projectKey()));
    }

    /** Only the map's header (one query), for use cases that need no cards. */
    public JourneyMap viewableMap(Actor actor, long mapId) {
        JourneyMap map = repository.findMap(mapId).orElseThrow(() -> notFound(mapId));
        if (!policy.canView(actor, map.projectKey())) {
            throw notFound(mapId);
        }
        return map;
    }

    /** The board for an edit, after the permission and an early version check (the repository re-checks). */
    public MapBoard editable(Actor actor, long mapId, long expectedVersion) {
        return checkedForEdit(actor, viewable(actor, mapId), expectedVersion);
    }

    /**
     * Only the part of the board a one-card write needs ({@link BoardPart}), for a write that may quote an older version
     * than the map's: the rows as they are now, the header at the version the write quotes (the version the repository
     * checks the write's {@link Footprint} from). A version the map has not reached yet is a conflict. The cost of the
     * check does not grow with the map.
     */
    public MapBoard editable(Actor actor, long mapId, long expectedVersion, BoardPart part) {
        MapBoard board = repository.loadPart(mapId, part).orElseThrow(() -> notFound(mapId));
        if (!policy.canView(actor, board.map().projectKey())) {
            throw notFound(mapId);
        }
        if (board.version() < expectedVersion) {
            throw new ConflictException(mapId, expectedVersion, board.version());
        }
        if (board.version() > expectedVersion) {
            try {
                requireNotRemovedSince(board, part, expectedVersion);
            } catch (ConflictException e) {
                throw named(e, actor);
            }
        }
        MapBoard quoted = new MapBoard(board.map().atVersion(expectedVersion, board.map().updated()), board.stages(),
                board.lanes(), board.cards(), board.evidence());
        return checkedForEdit(actor, quoted, expectedVersion);
    }

    /**
     * The part as it is after a write the caller committed at {@code committedVersion} (read after the commit, so a
     * later writer's change may show; the version is the one this write made).
     */
    public MapBoard written(long mapId, BoardPart part, long committedVersion, java.time.Instant now) {
        MapBoard board = repository.loadPart(mapId, part).orElseThrow(() -> notFound(mapId));
        return new MapBoard(board.map().atVersion(committedVersion, now), board.stages(), board.lanes(), board.cards(),
                board.evidence());
    }

    /** A card the write names that is gone since the quoted version: 409 saying who removed it (else 404 later). */
    private void requireNotRemovedSince(MapBoard board, BoardPart part, long expectedVersion) {
        for (long cardId : part.cards()) {
            if (board.card(cardId).isEmpty()) {
                repository.changedSince(board.map().id(), expectedVersion, Footprint.cardToken(cardId)).ifPresent(change -> {
                    throw new ConflictException(board.map().id(), expectedVersion, board.version(), change)
                            .naming(Footprint.WHOLE_MAP.equals(change.token())
                                    ? "Card " + cardId + " is no longer on the map: the map was changed"
                                    : "Card " + cardId + " was deleted", expectedVersion);
                });
            }
        }
    }

    /**
     * The board for archiving or restoring it: the edit permission and the version, whether or not it is archived
     * (every other write refuses an archived map).
     */
    public MapBoard archivable(Actor actor, long mapId, long expectedVersion) {
        return checkedForEdit(actor, viewable(actor, mapId), expectedVersion, true);
    }

    private MapBoard checkedForEdit(Actor actor, MapBoard board, long expectedVersion) {
        return checkedForEdit(actor, board, expectedVersion, false);
    }

    private MapBoard checkedForEdit(Actor actor, MapBoard board, long expectedVersion, boolean evenArchived) {
        long mapId = board.map().id();
        if (!policy.canEdit(actor, board.map().projectKey())) {
            throw new PermissionDeniedException("You do not have permission to edit maps in project "
                    + board.map().projectKey() + " (it needs the Edit Issues permission).");
        }
        if (!evenArchived) {
            requireActive(board.map());
        }
        if (board.version() != expectedVersion) {
            throw new ConflictException(mapId, expectedVersion, board.version());
        }
        return board;
    }

    /** An archived map takes no writes: 400 in the user's words, nothing changes. */
    public static void requireActive(JourneyMap map) {
        if (map.archived()) {
            throw ValidationException.general(ARCHIVED);
        }
    }

    /** What a write to an archived map is told. */
    public static final String ARCHIVED = "This map is archived. Restore it to edit.";

    boolean canView(Actor actor, String projectKey) {
        return policy.canView(actor, projectKey);
    }

    public void requireView(Actor actor, String projectKey) {
        if (!policy.canView(actor, projectKey)) {
            throw new NotFoundException("No project with key " + projectKey + " is visible to you.");
        }
    }

    public void requireEdit(Actor actor, String projectKey) {
        requireView(actor, projectKey);
        if (!policy.canEdit(actor, projectKey)) {
            throw new PermissionDeniedException("You do not have permission to create maps in project "
                    + projectKey + " (it needs the Edit Issues permission).");
        }
    }

    void requireAdminister(Actor actor, String projectKey) {
        if (!policy.canAdminister(actor, projectKey)) {
            throw new PermissionDeniedException("Only administrators of project " + projectKey + " may delete its maps.");
        }
    }

    static NotFoundException notFound(long mapId) {
        return new NotFoundException("Journey map " + mapId + " does not exist or is not visible to you.");
    }
}
