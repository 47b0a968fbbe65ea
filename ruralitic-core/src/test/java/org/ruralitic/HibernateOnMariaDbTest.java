package org.ruralitic;

import org.ruralitic.common.JpaProvider;
import org.ruralitic.common.TestDatabase;

/** The persistence suite on MariaDb with Hibernate. */
class HibernateOnMariaDbTest extends PersistenceSuite {

    HibernateOnMariaDbTest() {
        super(TestDatabase.MARIADB, JpaProvider.HIBERNATE);
    }
}
