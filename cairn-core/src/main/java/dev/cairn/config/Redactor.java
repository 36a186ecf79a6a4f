package dev.cairn.config;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before it is printed, logged, written as JSON or put in an exception
 * message. Two layers: known secret values (passed in, or registered process-wide once resolved),
 * and structural patterns that catch credentials nobody registered (a password typed into --url).
 */
public final class Redactor {
    public static final String MASK = "****";

    /** {@code password=…}, {@code pwd=…}, {@code PGPASSWORD=…}, {@code DB_PASSWORD=…} up to a separator. */
    private static final Pattern KEY_VALUE =
            Pattern.compile("(?i)(\\b\\w*password|\\bpwd)(\\s*=\\s*)([^&;\\s'\"]+)");
    /** {@code "password": "…"} in JSON-ish text. */
    private static final Pattern JSON_PASSWORD =
            Pattern.compile("(?i)(\"(?:pg)?password\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")");
    /** {@code scheme://user:pass@host}: keep the user, mask the password. */
    private static final Pattern USERINFO =
            Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://[^\\s/:@?#]*):([^\\s@/?#]*)@");

    private static final Set<String> REGISTERED = ConcurrentHashMap.newKeySet();
    /** The spellings of the registered secrets, computed once per registration rather than per line. */
    private static volatile List<String> registeredForms = List.of();

    private Redactor() {}

    /** Redacts the given secrets and the structural patterns. Null text gives null. */
    public static String redact(String text, Collection<String> secrets) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String form : forms(secrets)) {
            out = out.replace(form, MASK);
        }
        return structural(out);
    }

    /** Only the structural patterns; needs no list of secrets. */
    public static String structural(String text) {
        if (text == null) {
            return null;
        }
        // Cheap tests first: most text (progress lines, tables) has neither a URL nor a password key.
        String out = text;
        if (out.contains("://")) {
            out = USERINFO.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + ":" + MASK + "@"));
        }
        if (containsIgnoreCase(out, "password") || containsIgnoreCase(out, "pwd")) {
            out = JSON_PASSWORD.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + m.group(3)));
            out = KEY_VALUE.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + MASK));
        }
        return out;
    }

    private static boolean containsIgnoreCase(String text, String word) {
        for (int i = 0; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** Remembers a secret for {@link #redactAll}. Null and empty values are ignored. */
    public static synchronized void register(String secret) {
        if (secret != null && !secret.isEmpty() && REGISTERED.add(secret)) {
            registeredForms = forms(REGISTERED);
        }
    }

    /** Redacts every registered secret plus the structural patterns. */
    public static String redactAll(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String form : registeredForms) {
            out = out.replace(form, MASK);
        }
        return structural(out);
    }

    /**
     * Every spelling of each secret we might meet: as is, form-encoded and percent-encoded. Longest
     * first, so a secret containing another is masked whole rather than leaving a tail visible.
     */
    private static List<String> forms(Collection<String> secrets) {
        Set<String> forms = new LinkedHashSet<>();
        if (secrets != null) {
            for (String s : secrets) {
                if (s == null || s.isEmpty()) {
                    continue;
                }
                forms.add(s);
                String form = URLEncoder.encode(s, StandardCharsets.UTF_8);
                forms.add(form);
                forms.add(form.replace("+", "%20"));
            }
        }
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }
}
