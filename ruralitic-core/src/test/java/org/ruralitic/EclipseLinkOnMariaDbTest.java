package org.ruralitic;

import org.ruralitic.common.JpaProvider;
import org.ruralitic.common.TestDatabase;

/** The persistence suite on MariaDb with EclipseLink. */
class EclipseLinkOnMariaDbTest extends PersistenceSuite {

    EclipseLinkOnMariaDbTest() {
        super(TestDatabase.MARIADB, JpaProvider.ECLIPSELINK);
    }
}
