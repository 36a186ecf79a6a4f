package dev.cairn.deploy;

import java.time.Instant;

/**
 * Who let a deploy (or a restore) go ahead, and how.
 *
 * @param approver the name given with {@code --approver}, else the git user, else the OS user
 * @param how {@code typed} (the environment's name typed at a terminal) or {@code flag} ({@code --approve} / {@code --yes})
 */
public record Approval(String approver, Instant at, String how) {

    /** Asks for approval; the CLI's implementation prompts on a terminal or reads the flags. */
    @FunctionalInterface
    public interface Gate {
        /**
         * @param request what would happen and why it needs approval, one sentence without its final stop
         * @throws dev.cairn.CairnException (USAGE) when approval is refused or cannot be asked for
         */
        Approval approve(String environment, String request);
    }
}
