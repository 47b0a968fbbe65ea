package org.ruralitic.content;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import org.ruralitic.common.DatabaseFailures;
import org.ruralitic.common.Settings;
import org.ruralitic.schema.SchemaStartup;

/**
 * Imports every {@value #RESOURCE} on the application's class path when it is deployed (after the migrations), unless
 * {@value Settings#CONTENT_IMPORT} is {@code false}. A portal ships its edition as
 * {@code WEB-INF/classes/META-INF/ruralitic-content.json}; content already there is left as it is.
 *
 * @since 0.1
 */
@Startup
@Singleton
@DependsOn(SchemaStartup.NAME)
@TransactionManagement(TransactionManagementType.BEAN)
public class ContentStartup {

    /** The content files imported at start-up. */
    public static final String RESOURCE = "META-INF/ruralitic-content.json";

    private static final Logger LOGGER = System.getLogger(ContentStartup.class.getName());
    private static final String IMPORTED = "RuraliTIC content {0}: {1}";
    private static final String RETRY = "RuraliTIC content {0}: attempt {1} failed, another server may be importing"
        + " it; trying again: {2}";
    private static final int ATTEMPTS = 3;

    @Inject
    Settings settings;

    @Inject
    ContentImporter importer;

    @PostConstruct
    void importContent() {
        if (!settings.flag(Settings.CONTENT_IMPORT, true)) {
            return;
        }
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            for (URL file : Collections.list(loader.getResources(RESOURCE))) {
                StringWriter json = new StringWriter();
                try (Reader in = new InputStreamReader(file.openStream(), StandardCharsets.UTF_8)) {
                    in.transferTo(json);
                }
                importOnce(file, json.toString());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Servers of one portal starting together import the same file at the same moment: the one whose transaction
    // breaks a unique slug tries again, and finds the other's content, which it leaves as it is.
    private void importOnce(URL file, String json) {
        for (int attempt = 1;; attempt++) {
            try {
                LOGGER.log(Level.INFO, IMPORTED, file, importer.importContent(new StringReader(json)));
                return;
            }
            catch (RuntimeException e) {
                if (attempt == ATTEMPTS || e instanceof ContentException || DatabaseFailures.isUnreachable(e)) {
                    throw e;
                }
                LOGGER.log(Level.WARNING, RETRY, file, attempt, e.toString());
            }
        }
    }
}
