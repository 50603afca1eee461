package fi.digipolku.feedback.anonymisation;

/**
 * A kind of personal data the {@link Anonymiser} removes from feedback text, with the marker that takes its place.
 * <p>
 * The markers are Finnish because the feedback is Finnish: a reader of the stored text (or a report built on it) sees
 * a word of their own language where something was removed, and the marker tells what kind of thing it was without
 * telling anything of its value.
 */
public enum Category {

    /** A Finnish personal identity code (henkilötunnus, "hetu"), e.g. 131052-308T. */
    IDENTITY_CODE("[HETU]"),
    /** An e-mail address ("sähköposti"). */
    EMAIL("[EMAIL]"),
    /** A telephone number ("puhelin"). */
    PHONE("[PUHELIN]"),
    /** An IPv4 or IPv6 address. */
    IP_ADDRESS("[IP]"),
    /** GPS coordinates ("sijainti", location): decimal degrees or degrees, minutes and seconds. */
    COORDINATES("[SIJAINTI]"),
    /** A street address with its house number, or a web address (URL); "osoite" means both in Finnish. */
    ADDRESS("[OSOITE]"),
    /** A Finnish five-digit postal code ("postinumero") next to a municipality, an address or the word itself. */
    POSTAL_CODE("[POSTINUMERO]"),
    /** A person's first name and/or surname ("nimi"); one marker stands for the whole name. */
    NAME("[NIMI]"),
    /** Any other number ("numero") still left after the other passes: dates, amounts, reference numbers. */
    NUMBER("[NUMERO]");

    private final String marker;

    Category(String marker) {
        this.marker = marker;
    }

    /** The text that replaces each removed occurrence, e.g. {@code [HETU]}. */
    public String marker() {
        return marker;
    }
}
