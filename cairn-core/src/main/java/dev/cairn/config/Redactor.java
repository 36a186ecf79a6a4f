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
 * message. Two layers:
 *
 * <ol>
 *   <li>Structural patterns, which need no list of secrets: the password of a URL's user-info (whatever
 *       the scheme, even a mistyped one, and with unencoded reserved characters), {@code password=…}
 *       pairs, JSON {@code "password": "…"} fields and YAML {@code password: …} lines. These cover every
 *       place a secret can appear in Cairn's own text.
 *   <li>Known secret values (passed in, or registered process-wide once resolved), as a safety net for
 *       text Cairn did not write. A value is masked only as a whole token — never inside a longer word —
 *       and only when it is at least {@value #MIN_MASKED_LENGTH} characters long: masking a short
 *       password such as {@code ab} wherever it occurs would both mangle the output and reveal the
 *       password through the masked words ({@code t****le}).
 * </ol>
 */
public final class Redactor {
    public static final String MASK = "****";
    /** Shorter secrets are left to the structural patterns; see the class comment. */
    static final int MIN_MASKED_LENGTH = 6;

    /** {@code password=…}, {@code pwd=…}, {@code PGPASSWORD=…}, {@code DB_PASSWORD=…} up to a separator. */
    private static final Pattern KEY_VALUE =
            Pattern.compile("(?i)(\\b\\w*password|\\bpwd)(\\s*=\\s*)([^&;\\s'\"]+)");
    /** {@code "password": "…"} in JSON-ish text. */
    private static final Pattern JSON_PASSWORD =
            Pattern.compile("(?i)(\"(?:pg)?password\"\\s*:\\s*\")((?:[^\"\\\\]++|\\\\.)*+)(\")");
    /** {@code password: …} as a YAML line (a config line quoted by a parser): the rest of the line. */
    private static final Pattern YAML_PASSWORD =
            Pattern.compile("(?im)^([\\s\\-]*[\"']?\\w*password[\"']?\\s*:)([ \\t]*\\S.*)$");
    private static final Set<String> REGISTERED = ConcurrentHashMap.newKeySet();
    /** The spellings of the registered secrets, computed once per registration rather than per line. */
    private static volatile List<String> registeredForms = List.of();

    private Redactor() {}

    /** Redacts the given secrets and the structural patterns. Null text gives null. */
    public static String redact(String text, Collection<String> secrets) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return structural(maskTokens(text, forms(secrets)));
    }

    /** Only the structural patterns; needs no list of secrets. */
    public static String structural(String text) {
        if (text == null) {
            return null;
        }
        // Cheap tests first: most text (progress lines, tables) has neither a URL nor a password key.
        String out = text;
        if (out.contains(":/")) {
            out = maskUserinfo(out);
        }
        if (containsIgnoreCase(out, "password") || containsIgnoreCase(out, "pwd")) {
            out = JSON_PASSWORD.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + m.group(3)));
            out = KEY_VALUE.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + MASK));
            out = YAML_PASSWORD.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " " + MASK));
        }
        return out;
    }

    /**
     * Masks the password of each {@code scheme://user:password@}, for any scheme-like prefix (a mistyped
     * {@code postgresq://} too). The password runs to the last '@' before white space or a quote, so
     * unencoded {@code ?#/@:&=%} in it are masked too; a backslash escape ({@code \"} in JSON) counts as
     * part of it. A linear scan rather than a backtracking pattern: a long line costs no stack and no
     * quadratic time.
     */
    private static String maskUserinfo(String text) {
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        int n = text.length();
        for (int colon = text.indexOf(":/", from); colon >= 0; colon = text.indexOf(":/", from)) {
            from = colon + 2;
            // scheme: letters, digits, + . - before the ':', starting with a letter (at most 40 back)
            int schemeStart = colon;
            while (schemeStart > 0 && colon - schemeStart < 40 && isSchemeChar(text.charAt(schemeStart - 1))) {
                schemeStart--;
            }
            while (schemeStart < colon && !Character.isLetter(text.charAt(schemeStart))) {
                schemeStart++;
            }
            if (schemeStart == colon || schemeStart < copied) {
                continue;
            }
            int j = colon + 1;
            while (j < n && text.charAt(j) == '/') {
                j++;
            }
            while (j < n && "/:@?#\"'\\".indexOf(text.charAt(j)) < 0 && !Character.isWhitespace(text.charAt(j))) {
                j++; // the user name
            }
            if (j >= n || text.charAt(j) != ':') {
                continue;
            }
            int start = j + 1;
            int lastAt = -1;
            int i = start;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '"' || c == '\'') {
                    break;
                }
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '@') {
                    lastAt = i;
                }
                i++;
            }
            if (lastAt < 0) {
                from = Math.max(from, Math.min(i, n)); // no later user-info in this run can end in an '@' either
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(text, copied, start).append(MASK);
            copied = lastAt;
            from = lastAt + 1;
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    private static boolean isSchemeChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-';
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
        return structural(maskTokens(text, registeredForms));
    }

    /**
     * Masks each occurrence of a form that stands as a whole token: where the form begins (ends) with a
     * letter, digit or '_', the character before (after) it must not be one. So the secret
     * {@code migrate1} is masked in {@code pw=migrate1;} but not in {@code migrate10}.
     */
    private static String maskTokens(String text, List<String> forms) {
        String out = text;
        for (String form : forms) {
            int i = out.indexOf(form);
            if (i < 0) {
                continue;
            }
            StringBuilder sb = new StringBuilder(out.length());
            int copied = 0;
            while (i >= 0) {
                int end = i + form.length();
                boolean startOk = !isWord(form.charAt(0)) || i == 0 || !isWord(out.charAt(i - 1));
                boolean endOk = !isWord(form.charAt(form.length() - 1)) || end == out.length() || !isWord(out.charAt(end));
                if (startOk && endOk) {
                    sb.append(out, copied, i).append(MASK);
                    copied = end;
                    i = out.indexOf(form, end);
                } else {
                    i = out.indexOf(form, i + 1);
                }
            }
            out = sb.append(out, copied, out.length()).toString();
        }
        return out;
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * Every spelling of each secret we might meet: as is, form-encoded and percent-encoded. Longest
     * first, so a secret containing another is masked whole rather than leaving a tail visible.
     * Secrets shorter than {@link #MIN_MASKED_LENGTH} have no forms (see the class comment).
     */
    private static List<String> forms(Collection<String> secrets) {
        Set<String> forms = new LinkedHashSet<>();
        if (secrets != null) {
            for (String s : secrets) {
                if (s == null || s.length() < MIN_MASKED_LENGTH) {
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
