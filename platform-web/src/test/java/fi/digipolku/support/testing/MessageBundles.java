package fi.digipolku.support.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fi.digipolku.support.problem.Messages;

/**
 * The rule every message bundle keeps ({@code i18n/<name>_fi|sv|en.properties}): the three languages have the same
 * keys, every text is a valid MessageFormat pattern with the same arguments in each language, and none is empty.
 */
public final class MessageBundles {

    private MessageBundles() {
    }

    /** Each language's texts by key. */
    public static Map<Locale, Properties> load(String name) {
        Map<Locale, Properties> bundles = new java.util.LinkedHashMap<>();
        for (Locale language : Messages.LANGUAGES) {
            String path = "i18n/" + name + "_" + language.getLanguage() + ".properties";
            try (InputStream in = MessageBundles.class.getClassLoader().getResourceAsStream(path)) {
                assertThat(in).as(path).isNotNull();
                Properties texts = new Properties();
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                bundles.put(language, texts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundles;
    }

    private static final Pattern CALL = Pattern
            .compile("(ProblemException\\.\\w+|new ProblemException|Problem\\.of|new FieldError|Messages\\.text)\\(");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

    /**
     * Every message the code under {@code sources} gives people is a key of {@code bundles} (the application's
     * and {@code platform}): no sentence is written into a problem or field error, and no key is missing. Only the
     * string literals that are arguments of the call itself count (not those of a call inside it).
     */
    public static void assertCodeUsesKeys(Path sources, String... bundles) {
        Set<String> known = new TreeSet<>();
        for (String bundle : bundles) {
            known.addAll(load(bundle).get(Messages.FINNISH).stringPropertyNames());
        }
        List<String> defects = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                Matcher call = CALL.matcher(code);
                while (call.find()) {
                    boolean field = call.group(1).equals("new FieldError")
                            || call.group(1).equals("ProblemException.invalid");
                    for (String text : argumentLiterals(code, call.end(), field)) {
                        String where = sources.relativize(file) + ": " + call.group(1) + "(\"" + text + "\"";
                        if (text.contains(" ")) {
                            defects.add(where + ": a sentence, not a message key");
                        } else if (KEY.matcher(text).matches() && !known.contains(text)) {
                            defects.add(where + ": no such message key");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(defects).as("messages in the code under %s", sources).isEmpty();
    }

    /**
     * The arguments that are string literals, directly in the argument list that starts at {@code from} (just after
     * its parenthesis); an argument that is an expression is left out, and so is the first when it names a field
     * ({@code new FieldError("values.systolic", "key")}, {@code ProblemException.invalid("page", "key")}; a
     * sentence there still counts).
     */
    static List<String> argumentLiterals(String code, int from, boolean firstNamesAField) {
        List<String> literals = new ArrayList<>();
        int depth = 1;
        int argument = 0;
        for (int i = from; i < code.length() && depth > 0; i++) {
            char c = code.charAt(i);
            if (c == '"') {
                StringBuilder text = new StringBuilder();
                for (i++; i < code.length() && code.charAt(i) != '"'; i++) {
                    if (code.charAt(i) == '\\') {
                        i++;
                    }
                    text.append(code.charAt(i));
                }
                boolean fieldName = firstNamesAField && argument == 0 && text.indexOf(" ") < 0;
                if (depth == 1 && !fieldName) {
                    literals.add(text.toString());
                }
            } else if (c == ',' && depth == 1) {
                argument++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return literals;
    }

    public static void assertComplete(String name) {
        Map<Locale, Properties> bundles = load(name);
        Set<String> keys = new TreeSet<>(bundles.get(Messages.FINNISH).stringPropertyNames());
        assertThat(keys).as("keys of %s", name).isNotEmpty();
        Map<String, Integer> arguments = new TreeMap<>();
        bundles.forEach((language, texts) -> {
            assertThat(new TreeSet<>(texts.stringPropertyNames())).as("keys of %s in %s", name, language)
                    .isEqualTo(keys);
            for (String key : keys) {
                String text = texts.getProperty(key);
                assertThat(text).as("%s in %s", key, language).isNotBlank();
                MessageFormat format = new MessageFormat(text, language);
                int count = format.getFormatsByArgumentIndex().length;
                Integer expected = arguments.putIfAbsent(key, count);
                assertThat(count).as("arguments of %s in %s", key, language)
                        .isEqualTo(expected == null ? count : expected);
                String shown = format.format(new Object[]{1, "x", "y", "z"});
                assertThat(shown).as("%s in %s: an unpaired quote hides text", key, language).doesNotContain("{");
            }
        });
    }
}
