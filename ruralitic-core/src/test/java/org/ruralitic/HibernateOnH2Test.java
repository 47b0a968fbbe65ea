package org.ruralitic;

import org.ruralitic.common.JpaProvider;
import org.ruralitic.common.TestDatabase;

/** The persistence suite on H2 with Hibernate. */
class HibernateOnH2Test extends PersistenceSuite {

    HibernateOnH2Test() {
        super(TestDatabase.H2, JpaProvider.HIBERNATE);
    }
}
