package fi.digipolku.messaging;

import fi.digipolku.support.testing.MessageBundlesContract;

/** What messaging-service says to people is in its bundles, in Finnish, Swedish and English alike (see Messages). */
class MessagesBundleTest extends MessageBundlesContract {
}
