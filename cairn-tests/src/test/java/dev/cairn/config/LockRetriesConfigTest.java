package dev.cairn.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.CairnException;
import dev.cairn.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lockRetries} and {@code lockRetryBackoff}: read, defaulted, and refused with file:line:column. */
class LockRetriesConfigTest {
    @TempDir
    Path dir;

    private CairnConfig load(String yaml, Map<String, String> env) throws IOException {
        Files.writeString(dir.resolve("cairn.yaml"), yaml);
        return ConfigLoader.load(dir, env);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertUsageError(String yaml) {
        return assertThatThrownBy(() -> load(yaml, Map.of()))
                .isInstanceOf(CairnException.class)
                .satisfies(e -> assertThat(((CairnException) e).exitCode()).isEqualTo(ExitCode.USAGE));
    }

    private String file() {
        return dir.toAbsolutePath().normalize().resolve("cairn.yaml").toString();
    }

    @Test
    void defaultsToThreeRetriesAfterOneSecondAndZeroTurnsThemOff() throws IOException {
        EnvironmentConfig local = load("environments:\n  local:\n    lockTimeout: 2s\n", Map.of()).environment("local");
        assertThat(local.lockRetries()).isEqualTo(LockRetries.DEFAULT);
        assertThat(local.lockRetries().retries()).isEqualTo(3);
        assertThat(local.lockRetries().backoff()).isEqualTo(Duration.ofSeconds(1));
        assertThat(EnvironmentConfig.embeddedLocal().lockRetries()).isEqualTo(LockRetries.DEFAULT);
        EnvironmentConfig off = load("environments:\n  local:\n    lockRetries: 0\n", Map.of()).environment("local");
        assertThat(off.lockRetries().retries()).isZero();
        EnvironmentConfig onlyBackoff = load("environments:\n  local:\n    lockRetryBackoff: 5s\n", Map.of()).environment("local");
        assertThat(onlyBackoff.lockRetries()).isEqualTo(new LockRetries(3, Duration.ofSeconds(5)));
    }

    @Test
    void readsCountAndBackoffAndKeepsThemAcrossWithUrl() throws IOException {
        EnvironmentConfig prod = load("""
                environments:
                  prod:
                    url: jdbc:postgresql://db.example.com/shop
                    lockTimeout: 200ms
                    lockRetries: 5
                    lockRetryBackoff: 250ms
                """, Map.of()).environment("prod");
        assertThat(prod.lockRetries()).isEqualTo(new LockRetries(5, Duration.ofMillis(250)));
        assertThat(prod.withUrl("jdbc:postgresql://other/shop").lockRetries()).isEqualTo(prod.lockRetries());

        EnvironmentConfig onlyCount = load("environments:\n  local:\n    lockRetries: 3\n", Map.of()).environment("local");
        assertThat(onlyCount.lockRetries()).isEqualTo(new LockRetries(3, LockRetries.DEFAULT_BACKOFF));
    }

    @Test
    void countFromAVariableIsCheckedOnSelection() throws IOException {
        assertThat(load("environments:\n  local:\n    lockRetries: ${N}\n", Map.of("N", "7")).environment("local")
                .lockRetries().retries()).isEqualTo(7);
        CairnConfig bad = load("environments:\n  local:\n    lockRetries: ${N}\n", Map.of("N", "lots"));
        assertThatThrownBy(() -> bad.environment("local"))
                .isInstanceOf(CairnException.class)
                .hasMessageContaining(file() + ":3:18: environments.local.lockRetries")
                .hasMessageContaining("'lots' is not a number of retries");
    }

    @Test
    void refusesCountsOutOfRangeOrOfTheWrongTypeWithFileAndLine() {
        assertUsageError("environments:\n  local:\n    lockRetries: 101\n")
                .hasMessageContaining(file() + ":3:18:")
                .hasMessageContaining("environments.local.lockRetries")
                .hasMessageContaining("101 is more than 100");
        assertUsageError("environments:\n  local:\n    lockRetries: -1\n")
                .hasMessageContaining(file() + ":3:18:")
                .hasMessageContaining("whole number from 0 to 100");
        assertUsageError("environments:\n  local:\n    lockRetries: 2.5\n")
                .hasMessageContaining(file() + ":3:18:")
                .hasMessageContaining("environments.local.lockRetries must be a whole number");
        assertUsageError("environments:\n  local:\n    lockRetries: three\n")
                .hasMessageContaining("'three' is not a number of retries");
    }

    @Test
    void refusesABackoffWithoutUnitOrUnreadable() {
        assertUsageError("environments:\n  local:\n    lockRetryBackoff: 100\n")
                .hasMessageContaining(file() + ":3:23:")
                .hasMessageContaining("environments.local.lockRetryBackoff")
                .hasMessageContaining("no unit");
        assertUsageError("environments:\n  local:\n    lockRetryBackoff: soon\n")
                .hasMessageContaining("environments.local.lockRetryBackoff")
                .hasMessageContaining("not a duration");
    }

    @Test
    void misspeltKeySuggestsTheRightOne() {
        assertUsageError("environments:\n  local:\n    lockRetry: 3\n")
                .hasMessageContaining("did you mean lockRetries?");
    }

    @Test
    void theWaitDoublesFromTheBackoffUpToThirtySecondsWithLittleJitter() {
        LockRetries r = new LockRetries(10, Duration.ofSeconds(1));
        assertThat(r.baseWait(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(r.baseWait(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(r.baseWait(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(r.baseWait(6)).isEqualTo(LockRetries.MAX_WAIT);
        assertThat(r.baseWait(100)).isEqualTo(LockRetries.MAX_WAIT);
        assertThat(new LockRetries(1, Duration.ofMinutes(2)).baseWait(3)).as("a longer backoff is kept as set")
                .isEqualTo(Duration.ofMinutes(2));
        for (int i = 0; i < 50; i++) {
            assertThat(r.waitBefore(3).toMillis()).isBetween(4000L, 4400L);
        }
        assertThat(new LockRetries(3, Duration.ZERO).waitBefore(3)).isEqualTo(Duration.ZERO);
    }
}
