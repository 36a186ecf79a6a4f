package dev.cairn.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Help text as written: a command's description is a list of paragraphs, and it and the option and argument
 * descriptions are wrapped at spaces only (picocli also breaks words at punctuation, which split
 * {@code cairn.sum} and {@code jdbc:postgresql}); the command list gives each command's first sentence whole,
 * never the first line of a paragraph cut where the source code wrapped it.
 */
final class HelpText {
    private HelpText() {}

    /** Uses these renderers for {@code cli} and every command under it. */
    static void install(CommandLine cli) {
        Map<String, CommandLine.IHelpSectionRenderer> sections = cli.getHelpSectionMap();
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION, HelpText::description);
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpText::commandList);
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpText::optionList);
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, HelpText::parameterList);
        cli.setHelpSectionMap(sections);
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (sub != cli) {
                install(sub);
            }
        }
    }

    static String description(Help help) {
        String[] paragraphs = help.commandSpec().usageMessage().description();
        if (paragraphs.length == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String p : paragraphs) {
            wrap(String.format(p), width(help), "", "", out);
        }
        return out.toString();
    }

    static String commandList(Help help) {
        Map<String, Help> subs = help.subcommands();
        if (subs.isEmpty()) {
            return "";
        }
        int nameWidth = subs.keySet().stream().mapToInt(String::length).max().orElse(0);
        String indent = " ".repeat(2 + nameWidth + 2);
        StringBuilder out = new StringBuilder();
        subs.forEach((name, sub) -> wrap(firstSentence(sub.commandSpec()), width(help),
                "  " + name + " ".repeat(nameWidth - name.length() + 2), indent, out));
        return out.toString();
    }

    /** The options as picocli lays them out ({@code -v, --verbose}, {@code     --dir=DIR}), descriptions wrapped at spaces. */
    static String optionList(Help help) {
        return table(optionRows(help), column(help), width(help));
    }

    static String parameterList(Help help) {
        return table(parameterRows(help), column(help), width(help));
    }

    /** One description column for options and arguments alike, as picocli aligns them. */
    private static int column(Help help) {
        int longest = java.util.stream.Stream.concat(optionRows(help).stream(), parameterRows(help).stream())
                .mapToInt(r -> r[0].length()).max().orElse(0);
        return Math.min(longest + 2, 32);
    }

    private static List<String[]> optionRows(Help help) {
        List<String[]> rows = new ArrayList<>();
        help.commandSpec().options().stream()
                .filter(o -> !o.hidden())
                .sorted(java.util.Comparator.comparing((OptionSpec o) -> o.shortestName().replaceFirst("^-+", ""),
                        String.CASE_INSENSITIVE_ORDER).thenComparing(o -> o.shortestName(), java.util.Comparator.reverseOrder()))
                .forEach(o -> {
                    List<String> shorts = new ArrayList<>();
                    List<String> longs = new ArrayList<>();
                    for (String n : o.names()) {
                        (n.startsWith("--") || n.length() > 2 ? longs : shorts).add(n);
                    }
                    String value = o.arity().max() > 0 ? "=" + o.paramLabel() : "";
                    String left = "  " + (shorts.isEmpty() ? "    " : String.join(", ", shorts) + (longs.isEmpty() ? "" : ", "))
                            + String.join(", ", longs) + (longs.isEmpty() ? "" : value);
                    rows.add(new String[] {left, paragraph(o.description())});
                });
        return rows;
    }

    private static List<String[]> parameterRows(Help help) {
        List<String[]> rows = new ArrayList<>();
        help.commandSpec().positionalParameters().stream().filter(p -> !p.hidden())
                .forEach(p -> rows.add(new String[] {"      " + p.paramLabel(), paragraph(p.description())}));
        return rows;
    }

    private static String paragraph(String[] lines) {
        List<String> parts = new ArrayList<>();
        for (String l : lines) {
            parts.add(String.format(l));
        }
        return String.join(" ", parts);
    }

    /** Two columns: names, then descriptions from one column on (on the next line when a name is too long). */
    private static String table(List<String[]> rows, int column, int width) {
        if (rows.isEmpty()) {
            return "";
        }
        String indent = " ".repeat(column + 2);
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            if (r[0].length() + 2 > column) {
                out.append(r[0]).append(System.lineSeparator());
                wrap(r[1], width, " ".repeat(column), indent, out);
            } else {
                wrap(r[1], width, r[0] + " ".repeat(column - r[0].length()), indent, out);
            }
        }
        return out.toString();
    }

    /** The summary a command list shows: the first sentence of the command's first paragraph. */
    static String firstSentence(CommandSpec spec) {
        String[] header = spec.usageMessage().header();
        String[] description = spec.usageMessage().description();
        String text = header.length > 0 ? header[0] : description.length > 0 ? String.format(description[0]) : "";
        // A sentence ends at ". " (not inside "e.g. " or "i.e. ") or at the paragraph's end.
        int from = 0;
        while (true) {
            int dot = text.indexOf(". ", from);
            if (dot < 0) {
                return text.strip();
            }
            String before = text.substring(0, dot + 1);
            if (!before.endsWith("e.g.") && !before.endsWith("i.e.")) {
                return before.strip();
            }
            from = dot + 2;
        }
    }

    private static int width(Help help) {
        return Math.max(40, help.commandSpec().usageMessage().width());
    }

    /** Appends {@code text} wrapped at spaces: the first line after {@code first}, later ones after {@code rest}. */
    static void wrap(String text, int width, String first, String rest, StringBuilder out) {
        List<String> words = new ArrayList<>(List.of(text.strip().split("\\s+")));
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String w : words) {
            if (!empty && line.length() + 1 + w.length() > width) {
                out.append(line.toString().stripTrailing()).append(System.lineSeparator());
                line = new StringBuilder(rest);
                empty = true;
            }
            line.append(empty ? "" : " ").append(w);
            empty = false;
        }
        out.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
}
