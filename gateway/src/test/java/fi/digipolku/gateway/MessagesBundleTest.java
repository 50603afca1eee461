package fi.digipolku.gateway;

import fi.digipolku.support.testing.MessageBundlesContract;

/** What gateway says to people is in its bundles, in Finnish, Swedish and English alike (see Messages). */
class MessagesBundleTest extends MessageBundlesContract {
}
