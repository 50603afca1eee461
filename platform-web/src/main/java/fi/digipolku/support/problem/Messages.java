package fi.digipolku.support.problem;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The language of what the APIs say to people: problem titles, details and field errors in Finnish, Swedish or English,
 * as the request's {@code Accept-Language} asks (Finnish when it names none of them).
 * <p>
 * Code names a message by key ({@code enrollment.ended}); the text is in the bundles {@value #SERVICE_BUNDLE} of the
 * application and {@value #PLATFORM_BUNDLE} of this library, one file per language ({@code i18n/messages_sv.properties}).
 * Every message is a {@link MessageFormat} pattern (arguments {@code {0}}; a single quote is written twice). A text
 * that is no key (a message Hibernate Validator has already put in the request's language) passes unchanged.
 */
public final class Messages {

    public static final Locale FINNISH = Locale.forLanguageTag("fi");
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    /** The languages served, the default first. */
    public static final List<Locale> LANGUAGES = List.of(FINNISH, SWEDISH, ENGLISH);
    public static final String SERVICE_BUNDLE = "i18n.messages";
    public static final String PLATFORM_BUNDLE = "i18n.platform";

    private static final String LOCALE_KEY = "digipolku.locale";
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");
    private static final ResourceBundle.Control EXACT = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The language an {@code Accept-Language} header asks for among those served; Finnish for none or a bad one. */
    public static Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return FINNISH;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return chosen == null ? FINNISH : chosen;
        } catch (IllegalArgumentException e) {
            return FINNISH;
        }
    }

    /** Remembers the request's language for the rest of its handling (on its Vert.x context). */
    public static void useFor(Context context, String acceptLanguage) {
        context.putLocal(LOCALE_KEY, negotiate(acceptLanguage));
    }

    /** The language of the request being handled; Finnish outside a request. */
    public static Locale current() {
        Context context = Vertx.currentContext();
        Locale locale = context == null ? null : context.getLocal(LOCALE_KEY);
        return locale == null ? FINNISH : locale;
    }

    /** The text of a message key in a language, with its arguments; a text that is no key is returned as it is. */
    public static String text(Locale locale, String keyOrText, Object... args) {
        if (keyOrText == null || !KEY.matcher(keyOrText).matches()) {
            return keyOrText;
        }
        return pattern(locale, keyOrText).map(pattern -> new MessageFormat(pattern, locale).format(args))
                .orElse(keyOrText);
    }

    /** The text in the request's language. */
    public static String text(String keyOrText, Object... args) {
        return text(current(), keyOrText, args);
    }

    /** Whether a message key has a text in this language. */
    public static boolean has(Locale locale, String key) {
        return pattern(locale, key).isPresent();
    }

    /** A problem in a language: its title by its type, its detail and each field error's message. */
    public static Problem localise(Problem problem, Locale locale) {
        String title = problem.type() == null
                ? problem.title()
                : text(locale, "problem." + problem.type().toString().substring(ProblemType.PREFIX.length()));
        List<FieldError> errors = new ArrayList<>();
        for (FieldError error : problem.errors() == null ? List.<FieldError>of() : problem.errors()) {
            errors.add(new FieldError(error.field(), text(locale, error.message())));
        }
        String detail = text(locale, problem.detail());
        if (detail == null && !errors.isEmpty()) {
            detail = text(locale, "problem.fields-invalid", errors.size(),
                    String.join(", ", errors.stream().map(FieldError::field).distinct().toList()));
        }
        return new Problem(problem.type(), title, problem.status(), detail, problem.instance(), problem.requestId(),
                errors);
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Messages.class.getClassLoader();
    }

    private static Optional<String> pattern(Locale locale, String key) {
        for (String bundle : List.of(SERVICE_BUNDLE, PLATFORM_BUNDLE)) {
            try {
                ResourceBundle messages = ResourceBundle.getBundle(bundle, locale, classLoader(), EXACT);
                if (messages.containsKey(key)) {
                    return Optional.of(messages.getString(key));
                }
            } catch (MissingResourceException e) {
                // this application has no bundle of its own
            }
        }
        return Optional.empty();
    }
}
