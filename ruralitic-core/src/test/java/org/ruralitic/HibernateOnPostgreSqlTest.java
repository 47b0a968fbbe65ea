package org.ruralitic;

import org.ruralitic.common.JpaProvider;
import org.ruralitic.common.TestDatabase;

/** The persistence suite on PostgreSql with Hibernate. */
class HibernateOnPostgreSqlTest extends PersistenceSuite {

    HibernateOnPostgreSqlTest() {
        super(TestDatabase.POSTGRESQL, JpaProvider.HIBERNATE);
    }
}
