package org.ruralitic.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path classes;

    @Test
    void thePortalsSettingsFileIsRead() throws IOException {
        Settings settings = new Settings(Settings.sources(portal("datasource=java:app/jdbc/portal\nschema.migrate=false\n")));
        assertThat(settings.dataSource()).isEqualTo("java:app/jdbc/portal");
        assertThat(settings.flag(Settings.SCHEMA_MIGRATE, true)).isFalse();
    }

    @Test
    void aSystemPropertyWinsOverTheFile() throws IOException {
        System.setProperty("ruralitic.zone", "Europe/London");
        try {
            Settings settings = new Settings(Settings.sources(portal("zone=America/Cayenne\n")));
            assertThat(settings.zone().getId()).isEqualTo("Europe/London");
        }
        finally {
            System.clearProperty("ruralitic.zone");
        }
    }

    @Test
    void withoutAnySettingTheDefaultsHold() throws IOException {
        Settings settings = new Settings(Settings.sources(portal("")));
        assertThat(settings.dataSource()).isEqualTo("java:comp/DefaultDataSource");
        assertThat(settings.zone()).isEqualTo(Zones.PARIS);
        assertThat(settings.duration("token.lifetime", Duration.ofDays(7))).isEqualTo(Duration.ofDays(7));
        assertThat(settings.flag(Settings.CONTENT_IMPORT, true)).isTrue();
    }

    @Test
    void blankValuesCountAsUnset() throws IOException {
        Settings settings = new Settings(Settings.sources(portal("datasource=   \n")));
        assertThat(settings.dataSource()).isEqualTo(Settings.DEFAULT_DATA_SOURCE);
    }

    private ClassLoader portal(String properties) throws IOException {
        Path file = classes.resolve(Settings.FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, properties);
        return new URLClassLoader(new URL[] { classes.toUri().toURL() }, null);
    }
}
