package dev.cairn.cli;

import dev.cairn.CairnException;
import dev.cairn.deploy.Approval;
import dev.cairn.project.Git;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The one way the CLI asks a person to let a change go ahead (a deploy needing approval, a rollback of production, a
 * snapshot restore or delete): on a terminal the person types the environment's name; elsewhere, or with --json, a
 * flag ({@code --approve}, {@code --yes}) must say so, since nobody can be asked. Who approved is {@code --approver},
 * else git's user.name, else the OS user.
 */
final class CliApproval implements Approval.Gate {
    private final boolean flagged;
    private final String flag;
    private final String approver;
    private final Path projectDir;
    private final Console console;

    /**
     * @param flagged whether the approving flag was given
     * @param flag its name, for messages ({@code --approve}, {@code --yes})
     * @param approver {@code --approver}, or null
     */
    CliApproval(boolean flagged, String flag, String approver, Path projectDir, Console console) {
        this.flagged = flagged;
        this.flag = flag;
        this.approver = approver;
        this.projectDir = projectDir;
        this.console = console;
    }

    /** @param request what would happen and why it needs confirmation, one sentence without the final stop */
    @Override
    public Approval approve(String environment, String request) {
        if (flagged) {
            return new Approval(who(), Instant.now(), "flag");
        }
        java.io.Console tty = System.console();
        if (tty == null || console.json()) {
            throw CairnException.usage(request + ". Nothing was changed: run it in a terminal and type the environment's"
                    + " name, or pass " + flag + " to confirm in a script.");
        }
        console.line(request + ".");
        console.flush();
        String typed = tty.readLine("Type the environment's name (%s) to continue: ", environment);
        if (typed == null || !typed.strip().equals(environment)) {
            throw CairnException.usage("Cancelled: " + (typed == null || typed.isBlank() ? "nothing was typed"
                    : "'" + typed.strip() + "' is not '" + environment + "'") + "; nothing was changed.");
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
