package dev.cairn.db;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.Dialects;
import java.util.List;
import dev.cairn.config.Redactor;
import java.io.PrintStream;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Keeps the JDBC drivers' own logging (java.util.logging, each dialect's {@link Dialect#driverLogger()}) from
 * printing secrets. By default JUL prints the driver's warnings on stderr as they are, and some quote
 * the whole JDBC URL ("JDBC URL must contain a / …"). Cairn reports every failure itself, so the
 * driver's warnings are dropped; a SEVERE record, should one come, is printed as one redacted line.
 */
public final class DriverLogging {
    /** Held strongly: JUL keeps loggers weakly, and a collected logger would lose this configuration. */
    private static final List<Logger> DRIVERS = Dialects.all().stream().map(DriverLogging::quiet).toList();

    private static Logger quiet(Dialect dialect) {
        Logger driver = Logger.getLogger(dialect.driverLogger());
        driver.setUseParentHandlers(false);
        for (Handler h : driver.getHandlers()) {
            driver.removeHandler(h);
        }
        driver.setLevel(Level.SEVERE);
        driver.addHandler(new RedactingHandler(dialect.displayName()));
        return driver;
    }

    private DriverLogging() {}

    /** Applies the configuration (once, in the static initialiser); calling it again does nothing. */
    public static void install() {
        // The static initialiser has run by now.
    }

    /** One line per record on stderr, redacted; never a stack trace. */
    static final class RedactingHandler extends Handler {
        private final Formatter messages = new SimpleFormatter();
        private final String server;

        RedactingHandler(String server) {
            this.server = server;
            setLevel(Level.SEVERE);
        }

        @Override
        public void publish(LogRecord record) {
            if (record == null || !isLoggable(record)) {
                return;
            }
            String text = messages.formatMessage(record);
            PrintStream err = System.err;
            err.println(Redactor.redactAll("note: the " + server + " driver reports: " + text));
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
