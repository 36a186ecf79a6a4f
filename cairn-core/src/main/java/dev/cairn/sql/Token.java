package dev.cairn.sql;

import java.util.Locale;

/** A token with its place in the lexed text; {@code line} and {@code column} are 1-based. */
public record Token(Kind kind, String text, int offset, int line, int column) {

    /** What a token is. Whitespace is never a token. */
    public enum Kind {
        /** Identifier or keyword, unquoted ({@code select}, {@code my_table}, {@code a$b}). */
        WORD,
        /** {@code "quoted identifier"}, also {@code U&"..."}. */
        QUOTED_IDENT,
        /** Any single-quoted literal: {@code '...'}, {@code E'...'}, {@code U&'...'}, {@code B'...'}, {@code X'...'}, {@code N'...'}. */
        STRING,
        /** A dollar-quoted string including its delimiters: {@code $tag$...$tag$}. */
        DOLLAR_BODY,
        /** Numeric literal. */
        NUMBER,
        /** Positional parameter {@code $1}. */
        PARAM,
        /** One character of punctuation or operator, including {@code ;}, {@code (} and {@code )}. */
        PUNCT,
        /** {@code -- ...} up to (not including) the end of the line. */
        LINE_COMMENT,
        /** {@code /* ... * /}, nesting as in PostgreSQL. */
        BLOCK_COMMENT,
        /** A backslash outside any quote: a psql meta-command; the text runs to the end of the line. */
        META_COMMAND
    }

    public int end() {
        return offset + text.length();
    }

    public boolean isComment() {
        return kind == Kind.LINE_COMMENT || kind == Kind.BLOCK_COMMENT;
    }

    /** True for an unquoted word equal to {@code keyword}, ignoring case. */
    public boolean isWord(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    public boolean isPunct(char c) {
        return kind == Kind.PUNCT && text.charAt(0) == c;
    }

    /** The word upper-cased, for keyword comparisons; empty for anything but a word. */
    public String keyword() {
        return kind == Kind.WORD ? text.toUpperCase(Locale.ROOT) : "";
    }
}
