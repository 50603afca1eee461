package fi.digipolku.support.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The field messages exist in English, Finnish and Swedish alike, and every worded form has its message. */
class ValidationMessagesTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ValidationMessagesTest.class
                .getResourceAsStream("/ValidationMessages" + suffix + ".properties")) {
            assertThat(in).as("ValidationMessages%s.properties", suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyLanguageHasEveryMessage() throws IOException {
        Properties base = bundle("");
        for (String language : List.of("_fi", "_sv", "_en")) {
            assertThat(bundle(language).stringPropertyNames()).as(language)
                    .containsExactlyInAnyOrderElementsOf(base.stringPropertyNames());
            assertThat(bundle(language).values()).as(language).allSatisfy(text -> assertThat(text).asString()
                    .isNotBlank());
        }
    }

    @Test
    void everyWordedFormHasItsMessage() throws Exception {
        Properties base = bundle("");
        List<String> messages = new ArrayList<>();
        for (Field field : Identifiers.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getName().endsWith("MESSAGE")) {
                messages.add((String) field.get(null));
            }
        }
        messages.add(Idempotency.KEY_MESSAGE);
        assertThat(messages).hasSizeGreaterThan(5).allSatisfy(message -> assertThat(base)
                .containsKey(message.substring(1, message.length() - 1)));
    }
}
