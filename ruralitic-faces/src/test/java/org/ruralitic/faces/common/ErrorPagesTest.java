package org.ruralitic.faces.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.ServletException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.Test;

class ErrorPagesTest {

    @Test
    void aQueryThatCouldNotReachTheDatabaseIsAFailureOfTheDatabase() {
        PersistenceException query = new PersistenceException("EclipseLink-4002",
            new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
        ServletException thrown = new ServletException(new FacesException(new ELException(query)));

        assertThat(ErrorPages.databaseCause(thrown)).isSameAs(query);
    }

    @Test
    void aTransactionThatCouldNotEndIsAFailureOfTheDatabaseThoughNoCauseNamesIt() {
        // What Payara reports when the database dies between a page's query and the commit of its transaction.
        RollbackException commit = new RollbackException("Transaction marked for rollback");
        TransactionalException interceptor = new TransactionalException("encountered exception during commit", commit);
        ServletException thrown = new ServletException(new FacesException(new ELException(interceptor)));

        assertThat(ErrorPages.databaseCause(thrown)).isSameAs(interceptor);
    }

    @Test
    void aBugOfAPageIsNoFailureOfTheDatabase() {
        ServletException thrown = new ServletException(new FacesException(new ELException(
            new NullPointerException("edition"))));

        assertThat(ErrorPages.databaseCause(thrown)).isNull();
    }
}
