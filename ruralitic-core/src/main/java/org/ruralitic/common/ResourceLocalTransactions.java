package org.ruralitic.common;

import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

/**
 * {@link Transactions} outside a container: each call opens an entity manager of the factory, runs the work in a
 * resource-local transaction and closes it, so that results come back detached.
 *
 * <h2>Usage</h2>
 * <pre>
 * Transactions transactions = new ResourceLocalTransactions(factory);
 * new OutboxDispatcher(transactions, sender, settings).dispatchDue(Instant.now());
 * </pre>
 *
 * @since 0.1
 */
public class ResourceLocalTransactions implements Transactions {

    private final EntityManagerFactory factory;

    /**
     * @param factory a factory of the library's unit, resource-local.
     */
    public ResourceLocalTransactions(EntityManagerFactory factory) {
        this.factory = factory;
    }

    @Override
    public <T> T inNewTransaction(Function<EntityManager, T> work) {
        EntityManager entityManager = factory.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(entityManager);
            transaction.commit();
            return result;
        }
        finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            entityManager.close();
        }
    }
}
