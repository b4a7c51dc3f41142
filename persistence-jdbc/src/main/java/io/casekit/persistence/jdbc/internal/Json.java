package io.casekit.persistence.jdbc.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A small, strict JSON (RFC 8259) reader and writer for the store's own documents, so that the
 * plug-in needs no JSON library.
 *
 * <p>The reader accepts exactly one JSON value with optional surrounding whitespace and refuses
 * everything RFC 8259 does not allow: comments, trailing commas, single quotes, leading zeros,
 * {@code NaN}, unescaped control characters, unknown escapes, duplicate keys. Numbers are read as
 * {@link BigDecimal}, so nothing is lost to floating point. {@link Obj} adds typed access that names
 * the missing or mistyped key, and refuses keys nobody read ({@link Obj#done()}).
 *
 * <p>Stateless utility; the {@link Writer} and {@link Obj} instances are not thread-safe.
 */
public final class Json {

    /** The JSON {@code null} in a parsed tree (a Java null cannot be a map value of {@link List#copyOf}). */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static final int MAX_DEPTH = 64;

    private Json() {}

    /** A document the reader refused, or one that lacks what the codec needs. Immutable. */
    public static final class JsonException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public JsonException(String message) {
            super(message);
        }

        public JsonException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Reading

    /**
     * Parses one JSON document.
     *
     * @return a tree of {@code Map<String, Object>} (insertion-ordered), {@code List<Object>},
     *     {@link String}, {@link BigDecimal}, {@link Boolean} and {@link #NULL}
     * @throws JsonException if the text is not exactly one valid JSON value
     */
    public static Object parse(String text) {
        Parser parser = new Parser(text);
        parser.skipWhitespace();
        Object value = parser.value(0);
        parser.skipWhitespace();
        if (parser.pos != text.length()) {
            throw parser.error("unexpected text after the JSON value");
        }
        return value;
    }

    /** Parses a document that must be an object. */
    public static Obj parseObject(String text) {
        Object value = parse(text);
        if (!(value instanceof Map<?, ?>)) {
            throw new JsonException("expected a JSON object, got " + describe(value));
        }
        return new Obj(cast(value), "$");
    }

    /** Parses a document that must be an array of objects. */
    public static List<Obj> parseObjects(String text) {
        Object value = parse(text);
        if (!(value instanceof List<?> list)) {
            throw new JsonException("expected a JSON array, got " + describe(value));
        }
        List<Obj> result = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Object element = list.get(i);
            if (!(element instanceof Map<?, ?>)) {
                throw new JsonException("$[" + i + "] must be an object, got " + describe(element));
            }
            result.add(new Obj(cast(element), "$[" + i + "]"));
        }
        return result;
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        JsonException error(String message) {
            return new JsonException(message + " at offset " + pos);
        }

        void skipWhitespace() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    pos++;
                } else {
                    return;
                }
            }
        }

        Object value(int depth) {
            if (depth > MAX_DEPTH) {
                throw error("JSON nested deeper than " + MAX_DEPTH + " levels");
            }
            if (pos >= s.length()) {
                throw error("unexpected end of JSON");
            }
            char c = s.charAt(pos);
            return switch (c) {
                case '{' -> object(depth);
                case '[' -> array(depth);
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", NULL);
                default -> {
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        yield number();
                    }
                    throw error("unexpected character '" + printable(c) + "'");
                }
            };
        }

        private Object literal(String word, Object value) {
            if (!s.startsWith(word, pos)) {
                throw error("invalid literal, expected '" + word + "'");
            }
            pos += word.length();
            return value;
        }

        private Map<String, Object> object(int depth) {
            pos++; // {
            Map<String, Object> map = new LinkedHashMap<>();
            skipWhitespace();
            if (peek() == '}') {
                pos++;
                return map;
            }
            while (true) {
                skipWhitespace();
                if (peek() != '"') {
                    throw error("expected a string key");
                }
                String key = string();
                skipWhitespace();
                expect(':');
                skipWhitespace();
                Object value = value(depth + 1);
                if (map.put(key, value) != null) {
                    throw error("duplicate key \"" + key + "\"");
                }
                skipWhitespace();
                char c = next();
                if (c == '}') {
                    return map;
                }
                if (c != ',') {
                    pos--;
                    throw error("expected ',' or '}'");
                }
            }
        }

        private List<Object> array(int depth) {
            pos++; // [
            List<Object> list = new ArrayList<>();
            skipWhitespace();
            if (peek() == ']') {
                pos++;
                return list;
            }
            while (true) {
                skipWhitespace();
                list.add(value(depth + 1));
                skipWhitespace();
                char c = next();
                if (c == ']') {
                    return list;
                }
                if (c != ',') {
                    pos--;
                    throw error("expected ',' or ']'");
                }
            }
        }

        private String string() {
            pos++; // opening quote
            int start = pos;
            // fast path: no escapes
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '"') {
                    return s.substring(start, pos++);
                }
                if (c == '\\' || c < 0x20) {
                    break;
                }
                pos++;
            }
            StringBuilder out = new StringBuilder(pos - start + 16).append(s, start, pos);
            while (true) {
                if (pos >= s.length()) {
                    throw error("unterminated string");
                }
                char c = s.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    pos--;
                    throw error("unescaped control character U+" + String.format(java.util.Locale.ROOT, "%04X", (int) c) + " in a string");
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (pos >= s.length()) {
                    throw error("unterminated escape");
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case '"' -> out.append('"');
                    case '\\' -> out.append('\\');
                    case '/' -> out.append('/');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> out.append(hex4());
                    default -> {
                        pos--;
                        throw error("invalid escape '\\" + printable(e) + "'");
                    }
                }
            }
        }

        private char hex4() {
            if (pos + 4 > s.length()) {
                throw error("truncated \\u escape");
            }
            int value = 0;
            for (int i = 0; i < 4; i++) {
                int digit = Character.digit(s.charAt(pos + i), 16);
                if (digit < 0) {
                    throw error("invalid \\u escape");
                }
                value = value * 16 + digit;
            }
            pos += 4;
            return (char) value;
        }

        private BigDecimal number() {
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
            if (peek() == '0') {
                pos++;
                if (isDigit(peek())) {
                    throw error("leading zero in a number");
                }
            } else if (isDigit(peek())) {
                while (isDigit(peek())) {
                    pos++;
                }
            } else {
                throw error("invalid number");
            }
            if (peek() == '.') {
                pos++;
                if (!isDigit(peek())) {
                    throw error("a fraction needs digits");
                }
                while (isDigit(peek())) {
                    pos++;
                }
            }
            if (peek() == 'e' || peek() == 'E') {
                pos++;
                if (peek() == '+' || peek() == '-') {
                    pos++;
                }
                if (!isDigit(peek())) {
                    throw error("an exponent needs digits");
                }
                while (isDigit(peek())) {
                    pos++;
                }
            }
            try {
                return new BigDecimal(s.substring(start, pos));
            } catch (NumberFormatException e) {
                throw new JsonException("number out of range at offset " + start, e);
            }
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private char peek() {
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        private char next() {
            if (pos >= s.length()) {
                throw error("unexpected end of JSON");
            }
            return s.charAt(pos++);
        }

        private void expect(char c) {
            if (pos >= s.length() || s.charAt(pos) != c) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }

        private static String printable(char c) {
            return c < 0x20 || c == 0x7f ? String.format(java.util.Locale.ROOT, "U+%04X", (int) c) : String.valueOf(c);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object map) {
        return (Map<String, Object>) map;
    }

    private static String describe(@Nullable Object value) {
        if (value == null || value == NULL) {
            return "null";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        if (value instanceof List<?>) {
            return "an array";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof BigDecimal) {
            return "a number";
        }
        return "a boolean";
    }

    /**
     * Typed, checked access to a parsed JSON object. Every getter names the key (with its path) it
     * could not read; {@link #done()} refuses keys that no getter asked for, so a document written by
     * a newer version is refused instead of silently losing data.
     */
    public static final class Obj {
        private final Map<String, Object> map;
        private final String path;
        private final Set<String> read = new HashSet<>();

        Obj(Map<String, Object> map, String path) {
            this.map = map;
            this.path = path;
        }

        private JsonException error(String key, String message) {
            return new JsonException(path + "." + key + " " + message);
        }

        private Object required(String key) {
            read.add(key);
            Object value = map.get(key);
            if (value == null) {
                throw error(key, "is missing");
            }
            if (value == NULL) {
                throw error(key, "must not be null");
            }
            return value;
        }

        /** Whether the key is present with a value other than {@code null}. */
        public boolean has(String key) {
            Object value = map.get(key);
            return value != null && value != NULL;
        }

        public String string(String key) {
            Object value = required(key);
            if (value instanceof String text) {
                return text;
            }
            throw error(key, "must be a string, got " + describe(value));
        }

        /** A string, or empty if the key is absent or {@code null}. */
        public Optional<String> optionalString(String key) {
            read.add(key);
            return has(key) ? Optional.of(string(key)) : Optional.empty();
        }

        public BigDecimal number(String key) {
            Object value = required(key);
            if (value instanceof BigDecimal number) {
                return number;
            }
            throw error(key, "must be a number, got " + describe(value));
        }

        public long longValue(String key) {
            try {
                return number(key).longValueExact();
            } catch (ArithmeticException e) {
                throw error(key, "must be a whole number in the range of a long");
            }
        }

        public int intValue(String key) {
            try {
                return number(key).intValueExact();
            } catch (ArithmeticException e) {
                throw error(key, "must be a whole number in the range of an int");
            }
        }

        public boolean bool(String key) {
            Object value = required(key);
            if (value instanceof Boolean flag) {
                return flag;
            }
            throw error(key, "must be true or false, got " + describe(value));
        }

        public Instant instant(String key) {
            String text = string(key);
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw error(key, "must be an ISO-8601 instant, got \"" + text + "\"");
            }
        }

        public Optional<Instant> optionalInstant(String key) {
            read.add(key);
            return has(key) ? Optional.of(instant(key)) : Optional.empty();
        }

        public Duration duration(String key) {
            String text = string(key);
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw error(key, "must be an ISO-8601 duration, got \"" + text + "\"");
            }
        }

        public <E extends Enum<E>> E enumValue(String key, Class<E> type) {
            String text = string(key);
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                throw error(key, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + ", got \"" + text + "\"");
            }
        }

        public Obj object(String key) {
            Object value = required(key);
            if (value instanceof Map<?, ?>) {
                return new Obj(cast(value), path + "." + key);
            }
            throw error(key, "must be an object, got " + describe(value));
        }

        /** An object, or empty if the key is absent or {@code null}. */
        public Optional<Obj> optionalObject(String key) {
            read.add(key);
            return has(key) ? Optional.of(object(key)) : Optional.empty();
        }

        /** The elements of an array that must hold objects only. */
        public List<Obj> objects(String key) {
            Object value = required(key);
            if (!(value instanceof List<?> list)) {
                throw error(key, "must be an array, got " + describe(value));
            }
            List<Obj> result = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                Object element = list.get(i);
                if (!(element instanceof Map<?, ?>)) {
                    throw error(key + "[" + i + "]", "must be an object, got " + describe(element));
                }
                result.add(new Obj(cast(element), path + "." + key + "[" + i + "]"));
            }
            return result;
        }

        /** The keys of this object, in document order. */
        public Set<String> keys() {
            return Collections.unmodifiableSet(map.keySet());
        }

        /** Marks every key read (for maps whose keys are data, such as custom field names). */
        public Obj readAll() {
            read.addAll(map.keySet());
            return this;
        }

        /** Throws if the object has keys that no getter read. */
        public void done() {
            if (read.size() < map.size() || !read.containsAll(map.keySet())) {
                Set<String> unknown = new TreeSet<>(map.keySet());
                unknown.removeAll(read);
                if (!unknown.isEmpty()) {
                    throw new JsonException(path + " has unknown key(s) " + unknown);
                }
            }
        }

        /** The path of this object in its document, e.g. {@code $.opened.owner}. */
        public String path() {
            return path;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Writing

    /** A new writer. */
    public static Writer writer() {
        return new Writer();
    }

    /**
     * Writes compact JSON into a string. Keys and values are written in call order; commas are the
     * writer's business. Strings escape quotes, backslashes and every control character (U+0000 to
     * U+001F and U+007F to U+009F, and the line and paragraph separators), everything else is
     * written as is. Not thread-safe: one writer per document.
     */
    public static final class Writer {
        private final StringBuilder out = new StringBuilder(256);
        /** Per open container: whether the next element needs a comma first. */
        private boolean[] comma = new boolean[8];
        private int depth;
        private boolean afterName;

        private Writer() {}

        private void beforeValue() {
            if (afterName) {
                afterName = false;
                return;
            }
            if (depth > 0) {
                if (comma[depth]) {
                    out.append(',');
                }
                comma[depth] = true;
            }
        }

        private void open(char c) {
            beforeValue();
            out.append(c);
            depth++;
            if (depth == comma.length) {
                comma = java.util.Arrays.copyOf(comma, depth * 2);
            }
            comma[depth] = false;
        }

        public Writer beginObject() {
            open('{');
            return this;
        }

        public Writer endObject() {
            depth--;
            out.append('}');
            return this;
        }

        public Writer beginArray() {
            open('[');
            return this;
        }

        public Writer endArray() {
            depth--;
            out.append(']');
            return this;
        }

        /** Writes a key; the next call writes its value. */
        public Writer name(String key) {
            beforeValue();
            quote(key);
            out.append(':');
            afterName = true;
            return this;
        }

        public Writer value(String text) {
            beforeValue();
            quote(text);
            return this;
        }

        public Writer value(long number) {
            beforeValue();
            out.append(number);
            return this;
        }

        public Writer value(BigDecimal number) {
            beforeValue();
            out.append(number.toString());
            return this;
        }

        public Writer value(boolean flag) {
            beforeValue();
            out.append(flag);
            return this;
        }

        public Writer nullValue() {
            beforeValue();
            out.append("null");
            return this;
        }

        /** Key and string value. */
        public Writer field(String key, String text) {
            return name(key).value(text);
        }

        /** Key and number value. */
        public Writer field(String key, long number) {
            return name(key).value(number);
        }

        /** Key and boolean value. */
        public Writer field(String key, boolean flag) {
            return name(key).value(flag);
        }

        /** Key and instant, as ISO-8601 UTC text with every digit of precision the instant has. */
        public Writer field(String key, Instant at) {
            return name(key).value(at.toString());
        }

        /** Key and string value, or {@code null} if empty. */
        public Writer optionalField(String key, Optional<String> text) {
            name(key);
            return text.isPresent() ? value(text.get()) : nullValue();
        }

        /** Key and instant, or {@code null} if empty. */
        public Writer optionalInstant(String key, Optional<Instant> at) {
            name(key);
            return at.isPresent() ? value(at.get().toString()) : nullValue();
        }

        private void quote(String s) {
            out.append('"');
            int length = s.length();
            int run = 0;
            for (int i = 0; i < length; i++) {
                char c = s.charAt(i);
                String escape = escape(c);
                if (escape != null) {
                    out.append(s, run, i).append(escape);
                    run = i + 1;
                }
            }
            out.append(s, run, length).append('"');
        }

        private static @Nullable String escape(char c) {
            if (c >= 0x20 && c != '"' && c != '\\' && (c < 0x7f || c > 0x9f) && c != '\u2028' && c != '\u2029') {
                return null;
            }
            return switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\b' -> "\\b";
                case '\f' -> "\\f";
                default -> String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
            };
        }

        /** The document written so far. */
        @Override
        public String toString() {
            if (depth != 0 || afterName) {
                throw new IllegalStateException("unbalanced JSON: " + depth + " container(s) still open");
            }
            return out.toString();
        }
    }
}
