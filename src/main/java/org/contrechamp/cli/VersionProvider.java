package org.contrechamp.cli;

import org.contrechamp.core.common.ProgramVersion;

import picocli.CommandLine;

/** The version Maven wrote into {@code version.properties} at build time. */
final class VersionProvider implements CommandLine.IVersionProvider {

    static String version() {
        return ProgramVersion.version();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Contrechamp " + version()};
    }
}
