package org.ruralitic.common;

import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.spi.PersistenceProvider;

/**
 * The two JPA providers of the reference servers, bootstrapped on the library's own persistence unit as a server
 * would, but resource-local on a given data source.
 */
public enum JpaProvider {

    /**
     * EclipseLink, Payara's provider and the reference, on the test unit {@code ruralitic-eclipselink} (same classes
     * and settings; see src/test/resources/META-INF/persistence.xml). Weaving comes from the agent the build adds.
     */
    ECLIPSELINK(new org.eclipse.persistence.jpa.PersistenceProvider(), "ruralitic-eclipselink"),

    /** Hibernate ORM, WildFly's provider, on the library's own unit. */
    HIBERNATE(new org.hibernate.jpa.HibernatePersistenceProvider(), Persistence.UNIT);

    private final PersistenceProvider provider;
    private final String unit;

    JpaProvider(PersistenceProvider provider, String unit) {
        this.provider = provider;
        this.unit = unit;
    }

    /**
     * @param dataSource the data source.
     * @return a factory for the {@code ruralitic} unit on that data source.
     */
    public EntityManagerFactory open(DataSource dataSource) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", null);
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        // The unit names RuraliticPersistenceProvider, which only stands in a container: ask for this one instead.
        properties.put("jakarta.persistence.provider", provider.getClass().getName());
        EntityManagerFactory factory = provider.createEntityManagerFactory(unit, properties);
        if (factory == null) {
            throw new IllegalStateException(this + " did not create the " + unit + " unit");
        }
        return factory;
    }
}
