package dev.cairn.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that starts or uses a PostgreSQL server (the embedded scratch server, a local database,
 * another server version). It tags the class {@code db}: the build runs the untagged (fast) tests first and
 * these second, and {@code mvn -o test -Dgroups='!db'} runs only the fast ones — which must pass on a machine
 * where no PostgreSQL can start. Put it on every class that needs a server, even through a helper.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(DatabaseTest.TAG)
public @interface DatabaseTest {
    /** The JUnit tag, as surefire's {@code groups} / {@code excludedGroups} name it. */
    String TAG = "db";
}
