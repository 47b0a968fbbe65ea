package org.ruralitic;

import org.ruralitic.common.JpaProvider;
import org.ruralitic.common.TestDatabase;

/** The persistence suite on PostgreSql with EclipseLink. */
class EclipseLinkOnPostgreSqlTest extends PersistenceSuite {

    EclipseLinkOnPostgreSqlTest() {
        super(TestDatabase.POSTGRESQL, JpaProvider.ECLIPSELINK);
    }
}
