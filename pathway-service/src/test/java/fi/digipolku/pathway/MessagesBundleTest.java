package fi.digipolku.pathway;

import fi.digipolku.support.testing.MessageBundlesContract;

/** What pathway-service says to people is in its bundles, in Finnish, Swedish and English alike (see Messages). */
class MessagesBundleTest extends MessageBundlesContract {
}
