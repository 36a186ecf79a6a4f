package dev.cairn.report;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Renders the check sections as JUnit XML (the format CI systems show as test results): one test suite per
 * section whose items are checks, one test case per check, a failure for each failed one.
 */
public final class JUnitReport {
    private JUnitReport() {}

    public static String render(List<ReportSection> sections) {
        List<ReportSection> suites = sections.stream().filter(ReportSection::checks).toList();
        int tests = suites.stream().mapToInt(s -> s.items().size()).sum();
        long failures = suites.stream().flatMap(s -> s.items().stream())
                .filter(i -> i.status() == ReportSection.Status.FAILED).count();
        double seconds = suites.stream().map(ReportSection::duration).reduce(Duration.ZERO, Duration::plus).toMillis() / 1000.0;
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites name=\"cairn\" tests=\"").append(tests).append("\" failures=\"").append(failures)
                .append("\" time=\"").append(time(seconds)).append("\">\n");
        for (ReportSection s : suites) {
            long f = s.items().stream().filter(i -> i.status() == ReportSection.Status.FAILED).count();
            long skipped = s.items().stream().filter(i -> i.status() == ReportSection.Status.SKIPPED).count();
            xml.append("  <testsuite name=\"cairn.").append(attr(s.id())).append("\" tests=\"").append(s.items().size())
                    .append("\" failures=\"").append(f).append("\" skipped=\"").append(skipped).append("\" time=\"")
                    .append(time(s.duration().toMillis() / 1000.0)).append("\">\n");
            for (ReportSection.Item item : s.items()) {
                xml.append("    <testcase classname=\"cairn.").append(attr(s.id())).append("\" name=\"")
                        .append(attr(item.name())).append('"');
                if (item.status() == ReportSection.Status.FAILED) {
                    xml.append(">\n      <failure message=\"").append(attr(item.message())).append("\">")
                            .append(text(item.details().isEmpty() ? item.message() : item.details()))
                            .append("</failure>\n    </testcase>\n");
                } else if (item.status() == ReportSection.Status.SKIPPED) {
                    xml.append(">\n      <skipped message=\"").append(attr(item.message())).append("\"/>\n    </testcase>\n");
                } else {
                    xml.append("/>\n");
                }
            }
            xml.append("  </testsuite>\n");
        }
        return xml.append("</testsuites>\n").toString();
    }

    private static String time(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }

    private static String text(String s) {
        return clean(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;");
    }

    /** Drops characters XML 1.0 cannot hold. */
    private static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(out::appendCodePoint);
        return out.toString();
    }
}
