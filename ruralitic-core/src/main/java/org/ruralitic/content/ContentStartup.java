package org.ruralitic.content;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
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
                try (Reader json = new InputStreamReader(file.openStream(), StandardCharsets.UTF_8)) {
                    LOGGER.log(Level.INFO, IMPORTED, file, importer.importContent(json));
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
