package dev.cairn.deploy;

/**
 * How one {@code cairn deploy} runs.
 *
 * @param planOnly print the checklist and stop ({@code --plan})
 * @param allowDrift deploy over a drifted target ({@code --allow-drift})
 * @param urlOverride {@code --url}, or null
 */
public record DeployOptions(boolean planOnly, boolean allowDrift, String urlOverride) {}
