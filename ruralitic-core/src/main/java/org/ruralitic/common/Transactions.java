package org.ruralitic.common;

import java.util.function.Function;

import jakarta.persistence.EntityManager;

/**
 * Runs work in a transaction of its own, committed when the work returns and rolled back when it throws.
 * <p>
 * For the few steps that must commit or fail apart from their caller: an insert that may break a unique constraint
 * and is then retried by reading (a database aborts the whole transaction on such a failure), or the steps of the
 * mail outbox, which must be committed before and after talking to SMTP. {@link JtaTransactions} runs it in the
 * container; {@link ResourceLocalTransactions} in a plain JVM (scripts, tests).
 *
 * <h2>Usage</h2>
 * <pre>
 * long pending = transactions.inNewTransaction(em -&gt; em.createQuery("SELECT COUNT(s) FROM Subscription s",
 *     Long.class).getSingleResult());
 * </pre>
 *
 * @since 0.1
 */
public interface Transactions {

    /**
     * @param <T> the result type.
     * @param work what to do with the entity manager of the new transaction.
     * @return its result, once committed.
     * @throws RuntimeException what the work or the commit threw, after the rollback.
     */
    <T> T inNewTransaction(Function<EntityManager, T> work);
}
