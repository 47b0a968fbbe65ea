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

    /** EclipseLink, Payara's provider and the reference. Weaving comes from the agent the build adds. */
    ECLIPSELINK(new org.eclipse.persistence.jpa.PersistenceProvider()),

    /** Hibernate ORM, WildFly's provider. */
    HIBERNATE(new org.hibernate.jpa.HibernatePersistenceProvider());

    private final PersistenceProvider provider;

    JpaProvider(PersistenceProvider provider) {
        this.provider = provider;
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
        EntityManagerFactory factory = provider.createEntityManagerFactory(Persistence.UNIT, properties);
        if (factory == null) {
            throw new IllegalStateException(this + " did not create the " + Persistence.UNIT + " unit");
        }
        return factory;
    }
}
