package dev.journeymaps.standalone.demo;

import dev.journeymaps.app.Actor;
import dev.journeymaps.app.work.LinkResult;
import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.app.work.WorkLinker;
import dev.journeymaps.domain.board.Card;
import dev.journeymaps.domain.board.MapBoard;

import java.util.List;

/**
 * Links the demo map's pain points and opportunities to the demo issues ({@link DemoIssueTracker}) through
 * the same use case the UI calls: an epic with children under way, a story done but not yet verified, planned
 * and in-progress work, and pain points deliberately left without any work.
 */
public final class DemoWork {
    private record DemoLink(String cardText, long issueId) {
    }

    private static final List<DemoLink> LINKS = List.of(
            new DemoLink("Warehouse connection needs IT credentials", 10101),
            new DemoLink("Send IT a ready-made credentials request", 10101),
            new DemoLink("Mid-tier plan limits hidden behind", 10102),
            new DemoLink("Show plan limits on the pricing page", 10102),
            new DemoLink("Trial expires before the first real dashboard exists", 10103),
            new DemoLink("Pause the trial clock until a data source is connected", 10103),
            new DemoLink("Data mapping wizard shows all 60 tables", 10104),
            new DemoLink("Weekly email breaks silently", 10105),
            new DemoLink("Alert the owner when a report's source column changes", 10106),
            new DemoLink("Pre-filled security pack", 10107));

    private final MapCatalog catalog;
    private final WorkLinker linker;

    public DemoWork(MapCatalog catalog, WorkLinker linker) {
        this.catalog = catalog;
        this.linker = linker;
    }

    public void seed(Actor actor) {
        MapBoard board = catalog.viewMap(actor, catalog.listMaps(actor, DemoData.PROJECT_KEY).get(0).map().id());
        long version = board.version();
        for (DemoLink demo : LINKS) {
            Card card = board.cards().stream().filter(c -> c.text().startsWith(demo.cardText())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("The demo map has no card \"" + demo.cardText() + "\""));
            LinkResult result = linker.link(actor, board.map().id(), version, card.id(), new WorkLinker.Target(demo.issueId(), null));
            version = result.version();
        }
    }
}
