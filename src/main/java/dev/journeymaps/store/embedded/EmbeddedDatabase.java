package dev.journeymaps.store.embedded;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.journeymaps.app.board.MapRepository;
import dev.journeymaps.app.board.PersonaRepository;
import dev.journeymaps.store.board.AoMapRepository;
import dev.journeymaps.store.board.AoPersonaRepository;
import dev.journeymaps.store.AoSession;
import dev.journeymaps.store.StoreEntities;
import dev.journeymaps.store.StoreException;
import dev.journeymaps.store.embedded.session.SignInSessionEntity;
import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The standalone host's database: a HikariCP pool and an Active Objects {@link EntityManager} named
 * exactly as Jira names the plugin's tables ({@code AO_<hash>_MAP} …), migrated on open.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private final HikariDataSource pool;
    private final DataSource dataSource;
    private final EntityManager entityManager;
    private final AoSession session;
    private final MapRepository repository;
    private final PersonaRepository personas;

    private EmbeddedDatabase(HikariDataSource pool, DataSource dataSource, EntityManager entityManager) {
        this.pool = pool;
        this.dataSource = dataSource;
        this.entityManager = entityManager;
        this.session = new EntityManagerSession(entityManager);
        this.repository = new AoMapRepository(session);
        this.personas = new AoPersonaRepository(session);
    }

    public static EmbeddedDatabase open(DatabaseConfig config) {
        return open(config, UnaryOperator.identity());
    }

    /** Opens with {@code decorate} wrapped around the pool (tests count statements this way). */
    public static EmbeddedDatabase open(DatabaseConfig config, UnaryOperator<DataSource> decorate) {
        HikariDataSource pool = pool(config);
        try {
            DataSource dataSource = decorate.apply(pool);
            EntityManager entityManager = new EntityManager(provider(config, dataSource), configuration());
            migrate(entityManager);
            if (config.isH2()) {
                H2TextColumns.widen(dataSource, tablePrefix(StoreEntities.NAMESPACE));
            }
            return new EmbeddedDatabase(pool, dataSource, entityManager);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Jira's prefix for a namespace: {@code AO_} + the last 6 hex digits of its MD5, upper case, + {@code _}. */
    public static String tablePrefix(String namespace) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(md5);
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is a required JDK algorithm", e);
        }
    }

    public MapRepository repository() {
        return repository;
    }

    public PersonaRepository personas() {
        return personas;
    }

    public AoSession session() {
        return session;
    }

    /** The (possibly decorated) pool the entity manager uses. */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        entityManager.flushAll();
        pool.close();
    }

    private static HikariDataSource pool(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("journeymaps");
        hikari.setJdbcUrl(config.durableJdbcUrl());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(10);
        if (config.isPostgreSql()) {
            // A JDBC batch (the issue cache's refresh) becomes a few multi-row INSERTs at the database, not one per row.
            hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return new HikariDataSource(hikari);
    }

    private static DatabaseProvider provider(DatabaseConfig config, DataSource dataSource) {
        // The pool is closed by close(), not by AO, so AO's dispose does nothing.
        DisposableDataSource disposable = DelegatingDisposableDataSourceHandler.newInstance(dataSource, () -> { });
        if (config.isH2()) {
            return new H2DatabaseProvider(disposable, "PUBLIC");
        }
        if (config.isPostgreSql()) {
            return new PostgreSQLDatabaseProvider(disposable);
        }
        throw new IllegalArgumentException("Only H2 (jdbc:h2:) and PostgreSQL (jdbc:postgresql:) are supported: " + config);
    }

    private static EntityManagerConfiguration configuration() {
        NameConverters names = new SimpleNameConverters(
                new AtlassianTableNameConverter(table -> tablePrefix(StoreEntities.NAMESPACE) + table),
                new AtlassianFieldNameConverter(), new AtlassianSequenceNameConverter(),
                new AtlassianTriggerNameConverter(), new AtlassianIndexNameConverter(), new AtlassianUniqueNameConverter());
        EntityInfoResolverFactory entityInfo = new CachingEntityInfoResolverFactory();
        SchemaConfiguration schema = new DefaultSchemaConfiguration();
        return new EntityManagerConfiguration() {
            @Override
            public boolean useWeakCache() {
                return false;
            }

            @Override
            public NameConverters getNameConverters() {
                return names;
            }

            @Override
            public SchemaConfiguration getSchemaConfiguration() {
                return schema;
            }

            @Override
            public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                return entityInfo;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static void migrate(EntityManager entityManager) {
        try {
            List<Class<?>> entities = new ArrayList<>(StoreEntities.all());
            entities.add(SignInSessionEntity.class); // the standalone host's own table, never created in Jira
            entityManager.migrate(entities.toArray(new Class[0]));
        } catch (SQLException e) {
            throw new StoreException("Could not create or upgrade the database tables: " + e.getMessage(), e);
        }
    }
}
