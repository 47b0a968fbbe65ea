package org.ruralitic.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MigrationsTest {

    @Test
    void everyScriptOnDiskIsListedInOrder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", Migrations.LOCATION))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                .containsExactlyInAnyOrderElementsOf(Migrations.SCRIPTS);
        }
        assertThat(Migrations.SCRIPTS).isSortedAccordingTo(
            (a, b) -> Integer.compare(version(a), version(b)));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theScriptForADbaHasNoPlaceholderLeft(Dialect dialect) {
        String sql = SchemaScript.script(dialect);
        assertThat(sql).doesNotContain("${").contains("CREATE TABLE rt_article").contains("-- V2__default_tiers.sql");
    }

    @Test
    void mariaDbGetsItsOwnTypes() {
        assertThat(SchemaScript.script(Dialect.MARIADB)).containsPattern("start_local\\s+DATETIME\\(6\\)")
            .containsPattern("\\) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
        assertThat(SchemaScript.script(Dialect.POSTGRESQL)).containsPattern("start_local\\s+TIMESTAMP\\(6\\)")
            .containsPattern("body_text\\s+TEXT");
    }

    @Test
    void databasesAreRecognisedByTheirProductName() {
        assertThat(Dialect.of("MariaDB")).isEqualTo(Dialect.MARIADB);
        assertThat(Dialect.of("MySQL")).isEqualTo(Dialect.MARIADB);
        assertThat(Dialect.of("PostgreSQL")).isEqualTo(Dialect.POSTGRESQL);
        assertThat(Dialect.of("H2")).isEqualTo(Dialect.H2);
    }

    private static int version(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }
}
