package dev.journeymaps.standalone;

import dev.journeymaps.app.AccessPolicy;
import dev.journeymaps.app.Directory;
import dev.journeymaps.app.board.BoardEditor;
import dev.journeymaps.app.board.EvidenceEditor;
import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.app.board.PersonaDirectory;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import dev.journeymaps.store.history.AoAuditLog;

import java.time.Clock;

/** The use cases of the standalone host, wired by hand as META-INF/spring/plugin-context.xml wires them in Jira. */
public record UseCases(MapCatalog catalog, BoardEditor editor, EvidenceEditor evidence, PersonaDirectory personas) {

    static UseCases over(EmbeddedDatabase database, AccessPolicy policy, Directory directory, Clock clock) {
        return new UseCases(
                new MapCatalog(database.repository(), database.personas(), policy, directory, clock, new AoAuditLog(database.session())),
                new BoardEditor(database.repository(), policy, clock, new AoAuditLog(database.session()), directory),
                new EvidenceEditor(database.repository(), policy, clock, new AoAuditLog(database.session()), directory),
                new PersonaDirectory(database.personas(), database.repository(), policy));
    }
}
