package org.ruralitic.common;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceProvider;
import jakarta.persistence.spi.PersistenceProviderResolverHolder;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import jakarta.persistence.spi.ProviderUtil;

/**
 * The provider of the {@value Persistence#UNIT} unit: the server's own provider (Hibernate on WildFly, EclipseLink on
 * Payara), handed the data source named by the setting {@value Settings#DATA_SOURCE} when a portal sets it.
 * <p>
 * Why: a persistence unit's data source is fixed in {@code persistence.xml}, and neither server lets a portal change
 * it from outside the same way (Payara resolves {@code jta-data-source} before the application's {@code java:comp/env}
 * exists; WildFly only expands expressions there when a server-wide switch is on). Standing between the container and
 * its provider is the one place where a single setting works on both. Without the setting, the unit runs on the
 * container's default data source, untouched.
 *
 * @since 0.1
 */
public class RuraliticPersistenceProvider implements PersistenceProvider {

    private static final Logger LOGGER = System.getLogger(RuraliticPersistenceProvider.class.getName());
    private static final String USING = "RuraliTIC persistence unit on data source {0}, with {1}";

    @Override
    public EntityManagerFactory createContainerEntityManagerFactory(PersistenceUnitInfo info, Map map) {
        PersistenceProvider provider = serverProvider();
        Settings settings = new Settings(Settings.sources(info.getClassLoader()));
        String name = settings.get(Settings.DATA_SOURCE).orElse(null);
        DataSource dataSource = name == null ? info.getJtaDataSource() : lookup(name);
        if (settings.flag(StatementCount.SETTING, false)) {
            dataSource = StatementCount.counting(dataSource);
        }
        PersistenceUnitInfo unit = dataSource == info.getJtaDataSource() ? info : new RedirectedUnit(info, dataSource);
        LOGGER.log(Level.INFO, USING, name == null ? "java:comp/DefaultDataSource" : name,
            provider.getClass().getName());
        return provider.createContainerEntityManagerFactory(unit, map);
    }

    @Override
    public EntityManagerFactory createEntityManagerFactory(String emName, Map map) {
        // Outside a container the unit is bootstrapped by a real provider directly (as the tests do).
        return null;
    }

    @Override
    public void generateSchema(PersistenceUnitInfo info, Map map) {
        serverProvider().generateSchema(info, map);
    }

    @Override
    public boolean generateSchema(String persistenceUnitName, Map map) {
        return false;
    }

    @Override
    public ProviderUtil getProviderUtil() {
        return serverProvider().getProviderUtil();
    }

    /** @return the server's provider: the first one that is not this class. */
    static PersistenceProvider serverProvider() {
        List<PersistenceProvider> providers = PersistenceProviderResolverHolder.getPersistenceProviderResolver()
            .getPersistenceProviders();
        return providers.stream().filter(provider -> !(provider instanceof RuraliticPersistenceProvider)).findFirst()
            .orElseThrow(() -> new PersistenceException("No Jakarta Persistence provider on this server"));
    }

    private static DataSource lookup(String name) {
        try {
            return (DataSource) new InitialContext().lookup(name);
        }
        catch (NamingException | ClassCastException e) {
            throw new PersistenceException("RuraliTIC setting " + Settings.DATA_SOURCE + "=" + name
                + " does not name a data source of this server: " + e.getMessage(), e);
        }
    }

    /** The container's unit, with another data source. */
    private record RedirectedUnit(PersistenceUnitInfo info, DataSource dataSource) implements PersistenceUnitInfo {

        @Override
        public DataSource getJtaDataSource() {
            return dataSource;
        }

        @Override
        public DataSource getNonJtaDataSource() {
            return dataSource;
        }

        @Override
        public String getPersistenceUnitName() {
            return info.getPersistenceUnitName();
        }

        @Override
        public String getPersistenceProviderClassName() {
            return info.getPersistenceProviderClassName();
        }

        @Override
        public PersistenceUnitTransactionType getTransactionType() {
            return info.getTransactionType();
        }

        @Override
        public List<String> getMappingFileNames() {
            return info.getMappingFileNames();
        }

        @Override
        public List<URL> getJarFileUrls() {
            return info.getJarFileUrls();
        }

        @Override
        public URL getPersistenceUnitRootUrl() {
            return info.getPersistenceUnitRootUrl();
        }

        @Override
        public List<String> getManagedClassNames() {
            return info.getManagedClassNames();
        }

        @Override
        public boolean excludeUnlistedClasses() {
            return info.excludeUnlistedClasses();
        }

        @Override
        public SharedCacheMode getSharedCacheMode() {
            return info.getSharedCacheMode();
        }

        @Override
        public ValidationMode getValidationMode() {
            return info.getValidationMode();
        }

        @Override
        public Properties getProperties() {
            return info.getProperties();
        }

        @Override
        public String getPersistenceXMLSchemaVersion() {
            return info.getPersistenceXMLSchemaVersion();
        }

        @Override
        public ClassLoader getClassLoader() {
            return info.getClassLoader();
        }

        @Override
        public void addTransformer(ClassTransformer transformer) {
            info.addTransformer(transformer);
        }

        @Override
        public ClassLoader getNewTempClassLoader() {
            return info.getNewTempClassLoader();
        }
    }
}
