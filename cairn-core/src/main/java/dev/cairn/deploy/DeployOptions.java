package dev.cairn.deploy;

/**
 * How one {@code cairn deploy} runs.
 *
 * @param planOnly print the checklist and stop ({@code --plan})
 * @param allowDrift deploy over a drifted target ({@code --allow-drift})
 * @param urlOverride {@code --url}, or null
 * @param allowRules  lint rules whose errors do not refuse the deploy ({@code --allow})
 */
public record DeployOptions(boolean planOnly, boolean allowDrift, String urlOverride, java.util.Set<String> allowRules) {
    public DeployOptions {
        allowRules = allowRules == null ? java.util.Set.of() : java.util.Set.copyOf(allowRules);
    }

    public DeployOptions(boolean planOnly, boolean allowDrift, String urlOverride) {
        this(planOnly, allowDrift, urlOverride, java.util.Set.of());
    }

    /** The lint gate of this deploy: on, allowing {@link #allowRules}. */
    public dev.cairn.lint.LintGate lintGate() {
        return dev.cairn.lint.LintGate.allowing(allowRules);
    }
}
