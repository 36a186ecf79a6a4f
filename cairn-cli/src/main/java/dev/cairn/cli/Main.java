package dev.cairn.cli;

/** The {@code cairn} executable. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Signals.install(System.err);
        int code = Cli.run(args, System.out, System.err, System.getenv());
        System.exit(code);
    }
}
