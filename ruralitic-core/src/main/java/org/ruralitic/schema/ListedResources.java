package org.ruralitic.schema;

import java.io.Reader;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Hands Flyway the {@linkplain Migrations#SCRIPTS listed} migrations instead of letting it scan the class path, which
 * works differently inside WildFly's VFS, Payara and a plain JVM.
 */
final class ListedResources implements ResourceProvider {

    @Override
    public LoadableResource getResource(String name) {
        return Migrations.SCRIPTS.contains(name) ? new Script(name) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<String> endings = Arrays.asList(suffixes);
        return Migrations.SCRIPTS.stream()
            .filter(name -> name.startsWith(prefix) && endings.stream().anyMatch(name::endsWith))
            .<LoadableResource>map(Script::new).toList();
    }

    private static final class Script extends LoadableResource {

        private final String name;

        Script(String name) {
            this.name = name;
        }

        @Override
        public Reader read() {
            return Migrations.reader(name);
        }

        @Override
        public String getAbsolutePath() {
            return Migrations.LOCATION + "/" + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return getAbsolutePath();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
