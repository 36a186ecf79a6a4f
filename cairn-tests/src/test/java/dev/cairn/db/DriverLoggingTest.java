package dev.cairn.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The PostgreSQL driver's own log lines never reach stderr as they are. */
class DriverLoggingTest {

    @Test
    void driverWarningsAreDroppedAndSevereOnesRedacted() throws Exception {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            new JdbcConnectionSource("jdbc:postgresql://127.0.0.1:1/x", null, null); // installs the configuration
            // A URL pgjdbc warns about ("JDBC URL must contain a / …"), quoting it whole.
            try {
                DriverManager.getConnection("jdbc:postgresql://bob:pa?ss-Wd123@127.0.0.1:1", new Properties());
            } catch (SQLException expected) {
                // cannot connect: what matters is what the driver printed meanwhile
            }
            Logger driver = Logger.getLogger("org.postgresql.Driver");
            driver.log(Level.WARNING, "warning about postgresql://bob:w4rn-Secret@h/db");
            driver.log(Level.SEVERE, "severe about postgresql://bob:s3vere?Secret#x@h/db and password=hunter22");
        } finally {
            System.setErr(saved);
        }
        String printed = err.toString(StandardCharsets.UTF_8);
        assertThat(printed).doesNotContain("pa?ss-Wd123").doesNotContain("JDBC URL").doesNotContain("w4rn-Secret")
                .doesNotContain("s3vere").doesNotContain("hunter22");
        assertThat(printed).contains("note: the PostgreSQL driver reports: severe about postgresql://bob:****@h/db");
    }
}
