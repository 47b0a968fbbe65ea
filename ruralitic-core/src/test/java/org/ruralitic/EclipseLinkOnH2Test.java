package org.ruralitic;

import org.ruralitic.common.JpaProvider;
import org.ruralitic.common.TestDatabase;

/** The persistence suite on H2 with EclipseLink. */
class EclipseLinkOnH2Test extends PersistenceSuite {

    EclipseLinkOnH2Test() {
        super(TestDatabase.H2, JpaProvider.ECLIPSELINK);
    }
}
