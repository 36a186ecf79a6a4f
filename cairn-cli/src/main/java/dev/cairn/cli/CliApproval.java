package dev.cairn.cli;

import dev.cairn.CairnException;
import dev.cairn.deploy.Approval;
import dev.cairn.project.Git;
import java.io.Console;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Approval at the command line, for deploys and restores of environments that need it: on a terminal the person
 * types the environment's name; elsewhere a flag ({@code --approve}, {@code --yes}) must say so, since nobody can
 * be asked. Who approved is {@code --approver}, else git's user.name, else the OS user.
 */
final class CliApproval implements Approval.Gate {
    private final boolean flagged;
    private final String flag;
    private final String approver;
    private final Path projectDir;
    private final dev.cairn.cli.Console console;

    /**
     * @param flagged whether the approving flag was given
     * @param flag its name, for messages ({@code --approve})
     * @param approver {@code --approver}, or null
     */
    CliApproval(boolean flagged, String flag, String approver, Path projectDir, dev.cairn.cli.Console console) {
        this.flagged = flagged;
        this.flag = flag;
        this.approver = approver;
        this.projectDir = projectDir;
        this.console = console;
    }

    @Override
    public Approval approve(String environment, String subject) {
        if (flagged) {
            return new Approval(who(), Instant.now(), "flag");
        }
        Console tty = System.console();
        if (tty == null || console.json()) {
            throw CairnException.usage("Approval needed: " + subject + " requires approval (approval: required for '"
                    + environment + "' in cairn.yaml), and there is no terminal to ask on. Nothing was changed. Run it in"
                    + " a terminal and type the environment's name, or pass " + flag + " (with --approver NAME) where the"
                    + " pipeline's own approval, such as a protected GitHub environment, already stands for it.");
        }
        console.flush();
        String typed = tty.readLine("%s.%nType the environment's name (%s) to approve: ", subject, environment);
        if (typed == null || !typed.strip().equals(environment)) {
            throw CairnException.usage("Approval refused: " + (typed == null || typed.isBlank() ? "nothing was typed"
                    : "'" + typed.strip() + "' is not '" + environment + "'") + ". Nothing was changed.");
        }
        return new Approval(who(), Instant.now(), "typed");
    }

    private String who() {
        if (approver != null && !approver.isBlank()) {
            return approver.strip();
        }
        Git.Result r = Git.in(projectDir).run(null, "config", "user.name");
        if (r.ok() && !r.text().isBlank()) {
            return r.text().strip();
        }
        return System.getProperty("user.name", "unknown");
    }
}
