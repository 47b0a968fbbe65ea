package org.ruralitic.common;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * {@link Transactions} in the container: each call is a new JTA transaction on the library's persistence unit,
 * whatever transaction the caller is in.
 *
 * @since 0.1
 */
@ApplicationScoped
public class JtaTransactions implements Transactions {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager entityManager;

    @Override
    @Transactional(TxType.REQUIRES_NEW)
    public <T> T inNewTransaction(Function<EntityManager, T> work) {
        return work.apply(entityManager);
    }
}
