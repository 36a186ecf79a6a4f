package dev.cairn.lint;

/** How bad a finding is: errors block {@code migrate} and {@code deploy} unless allowed; warnings and infos inform. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
