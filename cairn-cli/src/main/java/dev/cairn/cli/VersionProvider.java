package dev.cairn.cli;

import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Cli.class.getPackage().getImplementationVersion();
        return new String[] {"cairn " + (v == null ? "development build" : v), "Java " + System.getProperty("java.version")};
    }
}
