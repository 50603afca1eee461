package fi.digipolku.messaging;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import fi.digipolku.support.testing.MessageBundles;

/** What the service says to people is in its bundles, in Finnish, Swedish and English alike (see Messages). */
class MessagesBundleTest {

    @Test
    void everyMessageIsInEveryLanguage() {
        MessageBundles.assertComplete("messages");
    }

    @Test
    void theCodeNamesMessagesByKey() {
        MessageBundles.assertCodeUsesKeys(Path.of("src/main/java"), "messages", "platform");
    }
}
