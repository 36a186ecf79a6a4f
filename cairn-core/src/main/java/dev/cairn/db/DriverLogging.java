package dev.cairn.db;

import dev.cairn.config.Redactor;
import java.io.PrintStream;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Keeps the PostgreSQL driver's own logging (java.util.logging, logger {@code org.postgresql}) from
 * printing secrets. By default JUL prints the driver's warnings on stderr as they are, and some quote
 * the whole JDBC URL ("JDBC URL must contain a / …"). Cairn reports every failure itself, so the
 * driver's warnings are dropped; a SEVERE record, should one come, is printed as one redacted line.
 */
public final class DriverLogging {
    /** Held strongly: JUL keeps loggers weakly, and a collected logger would lose this configuration. */
    private static final Logger DRIVER = Logger.getLogger("org.postgresql");

    static {
        DRIVER.setUseParentHandlers(false);
        for (Handler h : DRIVER.getHandlers()) {
            DRIVER.removeHandler(h);
        }
        DRIVER.setLevel(Level.SEVERE);
        DRIVER.addHandler(new RedactingHandler());
    }

    private DriverLogging() {}

    /** Applies the configuration (once, in the static initialiser); calling it again does nothing. */
    public static void install() {
        // The static initialiser has run by now.
    }

    /** One line per record on stderr, redacted; never a stack trace. */
    static final class RedactingHandler extends Handler {
        private final Formatter messages = new SimpleFormatter();

        RedactingHandler() {
            setLevel(Level.SEVERE);
        }

        @Override
        public void publish(LogRecord record) {
            if (record == null || !isLoggable(record)) {
                return;
            }
            String text = messages.formatMessage(record);
            PrintStream err = System.err;
            err.println(Redactor.redactAll("note: the PostgreSQL driver reports: " + text));
        }

        @Override
        public void flush() {
            System.err.flush();
        }

        @Override
        public void close() {
            // stderr stays open
        }
    }
}
