package fi.digipolku.support.http;

/**
 * The forms of identifier the APIs accept, each with the field message that says the form in words in the caller's
 * language (ValidationMessages): a client is never shown a regular expression.
 */
public final class Identifiers {

    /** A care team: letters, digits, dot, underscore and hyphen, beginning with a letter or digit. */
    public static final String TEAM = "[A-Za-z0-9][A-Za-z0-9._-]*";
    public static final String TEAM_MESSAGE = "{digipolku.team}";
    /** A key an author chooses (a module, a care team in a pathway): lowercase letters, digits and hyphens. */
    public static final String SLUG = "[a-z0-9][a-z0-9-]*";
    public static final String SLUG_MESSAGE = "{digipolku.slug}";
    /** A survey or statement key: lowercase letters, digits and hyphens, beginning with a letter. */
    public static final String WORD_SLUG = "[a-z][a-z0-9-]*";
    public static final String WORD_SLUG_MESSAGE = "{digipolku.word-slug}";
    /** A question, answer option or band key: letters, digits, underscore and hyphen. */
    public static final String KEY = "[A-Za-z0-9_-]+";
    public static final String KEY_MESSAGE = "{digipolku.key}";
    /** A person's subject as an identity provider issues it: letters, digits and . _ : @ - */
    public static final String SUBJECT = "[A-Za-z0-9._:@-]+";
    public static final String SUBJECT_MESSAGE = "{digipolku.subject}";
    /** A calendar month, 2026-03. */
    public static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";
    public static final String MONTH_MESSAGE = "{digipolku.month}";

    private Identifiers() {
    }
}
