package dev.journeymaps.standalone;

import dev.journeymaps.standalone.demo.DemoData;
import dev.journeymaps.standalone.demo.DemoPriorities;
import dev.journeymaps.standalone.demo.DemoWork;
import dev.journeymaps.app.board.MapCatalog;
import dev.journeymaps.app.live.LiveBoard;
import dev.journeymaps.app.live.MapWatcher;
import dev.journeymaps.app.live.Presence;
import dev.journeymaps.store.live.AoChangeFeed;
import dev.journeymaps.app.exchange.MapExporter;
import dev.journeymaps.app.exchange.MapTransfer;
import dev.journeymaps.store.exchange.AoExchangeTransaction;
import dev.journeymaps.store.history.AoReviewRepository;
import dev.journeymaps.store.history.AoSnapshotRepository;
import dev.journeymaps.store.stewardship.AoTriageRepository;
import dev.journeymaps.store.work.AoIssueLinks;
import dev.journeymaps.app.work.RefreshPolicy;
import dev.journeymaps.standalone.guard.WebGuards;
import dev.journeymaps.store.embedded.EmbeddedDatabase;
import dev.journeymaps.store.embedded.session.SignInSessions;
import dev.journeymaps.web.page.MapPagesServlet;
import dev.journeymaps.standalone.comments.Comments;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

/**
 * The standalone host: embedded Tomcat serving the same pages and REST resources as the Jira plugin,
 * under the same paths ({@code /plugins/servlet/journeymaps}, {@code /rest/journeymaps/1.0}).
 */
public final class StandaloneServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StandaloneServer.class);
    static final String REST_PATH = "/rest/journeymaps/1.0";
    static final String PAGES_PATH = "/plugins/servlet/journeymaps";

    private final EmbeddedDatabase database;
    private final Tomcat tomcat;
    private final Connector connector;
    private final String bind;
    private final WorkWiring work;
    private final MapWatcher watcher;

    private StandaloneServer(EmbeddedDatabase database, Tomcat tomcat, Connector connector, String bind, WorkWiring work,
                             MapWatcher watcher) {
        this.database = database;
        this.work = work;
        this.watcher = watcher;
        this.tomcat = tomcat;
        this.connector = connector;
        this.bind = bind;
    }

    /** Opens the database (migrating its schema), seeds the demo if asked and empty, and starts listening. */
    public static StandaloneServer start(StandaloneConfig config) {
        return start(config, UnaryOperator.identity());
    }

    /** As {@link #start(StandaloneConfig)}, with the pool's DataSource wrapped (tests count statements with it). */
    static StandaloneServer start(StandaloneConfig config, UnaryOperator<DataSource> decorate) {
        EmbeddedDatabase database = EmbeddedDatabase.open(config.database(), decorate);
        WorkWiring work = null;
        MapWatcher watcher = new MapWatcher(new AoChangeFeed(database.session()), Duration.ofSeconds(1));
        try {
            Clock clock = Clock.systemUTC();
            HostAccess access = HostAccess.of(config.jira(), clock, new SignInSessions(database.session()), config.httpsOnly());
            AtomicReference<String> publicUrl = new AtomicReference<>(config.publicUrl());
            UseCases useCases = UseCases.over(database, access.policy, access.directory, clock);
            MapCatalog catalog = useCases.catalog();
            Stewardship stewardship = Stewardship.of(database, access.policy, clock, access.directory, config.snapshotsPerMap(),
                    useCases.editor());
            Comments comments = Comments.of(database, access.policy, clock, access.directory);
            work = new WorkWiring(database, access.policy, access.trackers, publicUrl::get, clock,
                    config.jira() == null ? RefreshPolicy.DEFAULT_MAX_AGE : config.jira().issueMaxAge(),
                    config.jira() == null ? RefreshPolicy.DEFAULT_OUTAGE_GRACE : config.jira().outageGrace());
            work.linker.setDirectory(access.directory);
            access.onSignOut(work.refresher::forget);
            if (config.seedDemo() && access.isLocal() && new DemoData(useCases).seedIfEmpty(LocalUser.ACTOR)) {
                new DemoWork(catalog, work.linker).seed(LocalUser.ACTOR);
                new DemoPriorities(catalog, stewardship.prioritizer(), stewardship.ownership()).seed(LocalUser.ACTOR);
            }
            Tomcat tomcat = new Tomcat();
            tomcat.setBaseDir(Files.createTempDirectory("journeymaps-tomcat").toString());
            Connector connector = new Connector();
            connector.setPort(config.port());
            connector.setProperty("address", config.bind());
            // gzip what compresses well (pages, JSON, scripts, styles) for clients that accept it
            connector.setProperty("compression", "on");
            connector.setProperty("compressionMinSize", "1024");
            connector.setProperty("compressibleMimeType",
                    "text/html,text/css,text/plain,application/json,application/javascript,text/javascript,image/svg+xml");
            tomcat.getService().addConnector(connector);
            tomcat.setConnector(connector);
            Context context = tomcat.addContext("", null);
            WebGuards guards = new WebGuards(config.bind(), config.publicUrl(), !access.isLocal(), config.maxBodyBytes());
            guards.install(context, connector, (StandardHost) tomcat.getHost());
            VelocityViewRenderer renderer = new VelocityViewRenderer();
            BundleMessages messages = new BundleMessages();
            mount(context, "rest", new ServletContainer(new RestApplication(useCases, access.requestActor, work, renderer, messages)
                    .with(stewardship).with(comments).with(work.sets, access.issueUrls())
                    .with(new MapExporter(work.reader, stewardship.prioritizer(), stewardship.reviews()), transfer(database, access, clock, work))
                    .with(new LiveBoard(database.repository(), access.policy, new AoChangeFeed(database.session()), watcher,
                            new Presence(clock, Duration.ofSeconds(40))))), REST_PATH + "/*");
            mount(context, "aui", new StaticResourceServlet("standalone-static/aui"), "/static/aui/*");
            mount(context, "css", new StaticResourceServlet("css"), "/static/journey-maps/css/*");
            mount(context, "js", new StaticResourceServlet("js"), "/static/journey-maps/js/*");
            mount(context, "pages", new MapPagesServlet(catalog, useCases.personas(), renderer, new StandalonePageResources(),
                    access.requestActor, messages, stewardship.pages(), work.reader, access.issueUrls(),
                    new BrowserFormats(ZoneId.systemDefault()), comments.forYou()), PAGES_PATH + "/*");
            if (access.isLocal()) {
                mount(context, "home", new HomeRedirect(catalog), "");
            }
            access.mount(context);
            guardWrites(context);
            tomcat.start();
            StandaloneServer server = new StandaloneServer(database, tomcat, connector, config.bind(), work, watcher);
            publicUrl.compareAndSet(null, server.baseUrl());
            LOG.info("Journey Maps is running at {}", server.baseUrl());
            return server;
        } catch (IOException e) {
            closeAll(watcher, work, database);
            throw new UncheckedIOException(e);
        } catch (LifecycleException | RuntimeException e) {
            closeAll(watcher, work, database);
            throw new IllegalStateException("The standalone server could not start: " + e.getMessage(), e);
        }
    }

    /** Export documents out of and into this host's database, checked by its access policy and directory. */
    private static MapTransfer transfer(EmbeddedDatabase database, HostAccess access, Clock clock, WorkWiring work) {
        return new MapTransfer(database.repository(), database.personas(), new AoTriageRepository(database.session()),
                new AoIssueLinks(database.session()), access.policy, access.directory, new AoExchangeTransaction(database.session()), clock,
                new AoReviewRepository(database.session()), new AoSnapshotRepository(database.session(), AoSnapshotRepository.DEFAULT_KEEP_PER_MAP),
                work.trackers, new dev.journeymaps.store.comments.AoCommentRepository(database.session()));
    }

    private static void closeAll(MapWatcher watcher, WorkWiring work, EmbeddedDatabase database) {
        watcher.close();
        if (work != null) {
            work.close();
        }
        database.close();
    }

    private static void mount(Context context, String name, HttpServlet servlet, String pattern) {
        Tomcat.addServlet(context, name, servlet);
        context.addServletMappingDecoded(pattern, name);
    }

    private static void guardWrites(Context context) {
        FilterDef def = new FilterDef();
        def.setFilterName("json-write-guard");
        def.setFilter(new JsonWriteGuard());
        context.addFilterDef(def);
        FilterMap map = new FilterMap();
        map.setFilterName("json-write-guard");
        map.addURLPatternDecoded(REST_PATH + "/*");
        context.addFilterMap(map);
    }

    /** The port actually bound (useful when started on port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    public String baseUrl() {
        return "http://" + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + port();
    }

    /** Stops accepting requests, lets running ones finish, then closes the database. Idempotent. */
    @Override
    public synchronized void close() {
        watcher.close(); // first: the live board's waiting requests return now
        try {
            if (tomcat.getServer().getState().isAvailable()) {
                tomcat.stop();
            }
            tomcat.destroy();
        } catch (LifecycleException e) {
            LOG.warn("Tomcat did not stop cleanly", e);
        } finally {
            work.close();
            database.close();
        }
    }

    /** {@code /} opens the demo project's most recent map, or its map list when there is none. */
    private static final class HomeRedirect extends HttpServlet {
        private final MapCatalog catalog;

        HomeRedirect(MapCatalog catalog) {
            this.catalog = catalog;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String target = catalog.listMaps(LocalUser.ACTOR, DemoData.PROJECT_KEY).stream()
                    .filter(summary -> !summary.map().archived()).findFirst()
                    .map(summary -> PAGES_PATH + "/map/" + summary.map().id())
                    .orElse(PAGES_PATH + "/project/" + DemoData.PROJECT_KEY);
            response.sendRedirect(request.getContextPath() + target);
        }
    }
}
