package com.actiontracker.cli;

import picocli.CommandLine.IVersionProvider;

/** The version of the build, from the jar manifest. */
final class Versions implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Versions.class.getPackage().getImplementationVersion();
        return new String[] {"tracker " + (version == null ? "(development build)" : version)};
    }
}
