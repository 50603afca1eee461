package fi.digipolku.feedback.anonymisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the personal names in a text, as spans to replace with {@link Category#NAME}'s marker, from what each word can
 * be ({@link Vocabulary}: Voikko's Finnish morphology and the name list) and what stands around it.
 * <p>
 * A capitalised word is a name when
 * <ul>
 * <li>it is a form of a known first name or surname that is not also an ordinary word, a place or an organisation
 * ("Virtanen", "Pekalle", "Ahmedille"), wherever it stands;</li>
 * <li>it is a form of a name that is also an ordinary word ("Tuuli", "Onni", "Usko") and it stands in mid-sentence,
 * where an ordinary word would not be capitalised; at the start of a sentence only with a cue or with a name next to
 * it ("Tuuli Virtanen"): "Tuuli oli kova" keeps its wind;</li>
 * <li>it is a form of a name that is also a place ("Lahti", "Salo") and a cue or a name stands next to it: "Asun
 * Lahdessa" keeps its town;</li>
 * <li>it follows a name ("Matti Jokelaiselle": in Finnish usually only the surname is inflected) and is not an
 * ordinary word or a place ("Matti Helsingistä" keeps Helsinki), or it is unknown and shaped like a Finnish surname
 * (-nen, -selle ...);</li>
 * <li>it follows a cue: a title or role ("lääkäri", "hoitajalle", "barnmorskan", "Dr.", "nurse"), a family word
 * ("äitini", "poikamme", "min mamma", "my husband"), an introduction ("nimeni on", "jag heter", "my name is", "olen"
 * when the word is not in a local case: "olen Tampereelta" names no person), a greeting or a signature ("Hei",
 * "kiitos", "terveisin", "t.", "hälsningar", "regards", a dash at the end), and it is not an ordinary word.</li>
 * </ul>
 * Words in all capitals count as capitalised words at the start of a sentence. A lowercase word (typed on a phone:
 * "kiitos pirkko") is a name when it is a known name of at least four letters and no ordinary word, or a known name
 * after a cue. Once a word is found as a name, every other form of it in the text goes too ("Pirkko ... Pirkolle").
 * Parts of hyphenated words are words of their own ("Onni-poikamme", "äiti-Liisa"); names next to each other become
 * one span ("Anna-Liisa Korhonen", "Matti J."), so one marker stands for one person.
 * <p>
 * Thread-safe: the vocabulary is.
 */
final class NameDetector {

    /** Titles and roles that introduce a name (Finnish also as the last part of a compound and inflected). */
    private static final Pattern TITLE = Pattern.compile("(?:\\p{L}*(?:hoitaja|lääkäri|tohtori|terapeutt?i"
            + "|psykologi|psykiatri|kätilö|työntekijä|ohjaaja|kuraattori|sihteeri|farmaseutt?i|proviisori|virkailija"
            + "|professori|hygienisti|rouva|herra|neiti|maisteri|opettaja|avustaja|tulkki|tulki|valmentaja"
            + "|koordinaattori|esihenkilö|esimies|esimiehe|johtaja|päällikkö|päälliko|kirurgi|sosionomi|diakoni"
            + "|pappi|papi|vastaava)(?:n|a|ä|lle|lla|llä|lta|ltä|ksi|na|nä|mme|ni|si|nne|lleni|llani|lläni|ltani"
            + "|ltäni|sta|stä|ssa|ssä|sta)?|tri|dr|prof|rva|hra|th|mr|mrs|ms|miss|nurse|doctor|midwife|therapist"
            + "|physiotherapist|physio|counsellor|counselor|dentist|psychologist|psychiatrist|surgeon|professor"
            + "|worker|caseworker|coordinator|receptionist|interpreter|teacher|\\p{L}*(?:sköterska|sköterskan"
            + "|barnmorska|barnmorskan|läkare|läkaren|doktor|doktorn|kurator|kuratorn|terapeut|terapeuten"
            + "|psykolog|psykologen|socialarbetare|socialarbetaren|handledare|handledaren|vårdare|vårdaren|tolk"
            + "|tolken)|herr|fru|fröken)");

    private static final Set<String> ABBREVIATED_TITLES = Set.of("tri", "dr", "prof", "rva", "hra", "th", "mr",
            "mrs", "ms");

    /** Family words that introduce a name, with case endings and possessive suffixes (äitini, pojallemme). */
    private static final Pattern FAMILY = Pattern.compile("(?:(?:äiti|äidi|isä|vaimo|mies|miehe|puoliso|poika|poja"
            + "|tytär|tyttäre|lapsi|lapse|veli|velje|sisko|sisar|sisare|mummo|mummi|mummu|isoäiti|isoäidi|isoisä"
            + "|pappa|vaari|ukki|täti|tädi|setä|sedä|eno|serkku|serku|anoppi|anopi|appi|api|kummi|ystävä|kaveri"
            + "|naapuri|vauva|kuopus|kuopukse|esikoinen|esikoise|avopuoliso|avomies|avomiehe|avovaimo|tyttöystävä"
            + "|poikaystävä|lapsenlapsi|lapsenlapse|miniä|vävy)(?:n|a|ä|lle|lla|llä|lta|ltä|ssa|ssä|sta|stä|ksi|na"
            + "|nä|t)?(?:ni|si|nsa|nsä|mme|nne)?|mamma|pappa|mor|far|mormor|farmor|morfar|farfar|son|sonen|dotter"
            + "|dottern|man|mannen|make|maken|fru|frun|hustru|hustrun|sambo|sambon|bror|brodern|brorsan|syster"
            + "|systern|barnet|vän|vännen|väninna|kompis|granne|grannen|pojken|flickan|flickvän|pojkvän|kusin"
            + "|moster|faster|morbror|farbror|barnbarn|svärmor|svärfar|mother|mom|mum|mommy|mummy|father|dad"
            + "|daddy|husband|wife|partner|daughter|brother|sister|grandma|grandmother|granny|grandpa"
            + "|grandfather|aunt|uncle|cousin|friend|neighbour|neighbor|baby|boyfriend|girlfriend|child|kid"
            + "|fiance|fiancé|fiancee|stepson|stepdaughter|grandson|granddaughter|nimeltä|nimeltään)");

    /** Months and weekdays (English, Swedish): names only after a cue or before a surname (June Andersson). */
    private static final Pattern MONTHS = Pattern.compile("January|February|March|April|May|June|July|August"
            + "|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|Januari|Februari|Mars|Maj|Juni|Juli|Augusti|Måndag|Tisdag|Onsdag|Torsdag|Fredag|Lördag|Söndag");

    /**
     * Verbs whose subject is a person (base forms): a word that is also an ordinary word, at the start of a sentence,
     * followed by one of them is a name ("Tuuli soitti"). Verbs the weather or things also do are left out (tulla,
     * mennä, kasvaa, käydä, peittää).
     */
    private static final Set<String> HUMAN_VERBS = Set.of("soittaa", "sanoa", "kertoa", "kysyä", "vastata",
            "kirjoittaa", "luvata", "ehdottaa", "neuvoa", "ohjata", "auttaa", "tykätä", "itkeä", "nauraa", "haluta",
            "pyytää", "syntyä", "täyttää", "aloittaa", "jaksaa", "osata", "ymmärtää", "muistaa", "unohtaa",
            "ajatella", "huomata", "tietää", "pelätä", "hoitaa", "tutkia", "selittää", "lähettää", "tarvita",
            "saada", "päästä", "asua", "opiskella", "työskennellä", "puhua", "kuunnella", "jutella", "vierailla",
            "sairastaa", "tuntea", "rakastaa", "nukkua", "syödä", "leikkiä", "oppia", "viihtyä", "odottaa",
            "kiittää", "valittaa", "kuolla", "menehtyä", "hymyillä", "lupautua", "varata", "ilmoittaa", "soitella",
            "käskeä", "määrätä", "tarkistaa", "mitata", "rokottaa", "kuntouttaa", "opettaa", "esitellä");

    /** A family named by its surname: "Mäkisen perhe", "the Smith family", "familjen". */
    private static final Pattern FAMILY_NAME = Pattern
            .compile("perhe(?:en|elle|eltä|essä|estä|ttä|ineen)?|family|familjen|suku|suvun|suvulle");

    /** "Named": Into-niminen, Kemi-nimisen. */
    private static final Pattern NAMED = Pattern.compile("nimi(?:nen|se\\p{L}*|s\\p{L}+)");

    /** Greetings and thanks: a name right after them (only spaces or a comma between). */
    private static final Set<String> GREETINGS = Set.of("kiitos", "kiitokset", "kiitti", "kiitoksia", "terveisiä",
            "hei", "moi",
            "moikka", "heippa", "terve", "hyvä", "arvoisa", "rakas", "tack", "hej", "hejsan", "bästa", "kära",
            "thanks", "hi", "hello", "hey", "dear");

    /** Signatures: a name after them, also after a full stop, a colon or a line break. */
    private static final Set<String> SIGNATURES = Set.of("terveisin", "terv", "t", "tervein", "terveiset",
            "toivottaen", "hälsningar", "hälsning", "mvh", "kram", "kramar", "regards", "cheers", "sincerely", "wishes",
            "yours");

    /**
     * Capitalised words that are never people here although name lists hold them: the social insurance institution,
     * service providers and hospitals (also inflected: Kelan, Taysissa, HUS:n), diseases named after people
     * (Alzheimerin tauti, Parkinson), company forms, God. (Towns, countries and ordinary words Voikko knows.)
     */
    private static final Pattern NOT_A_PERSON = Pattern.compile("(?:Kela|Kanta|Omakanta|Terveystalo|Mehiläi\\p{L}+"
            + "|Pihlajalinna|Attendo|Esperi|Coxa|Tays|Tyks|Oys|Kys|Ksks|Hus|Hetu|Covid|Korona|Jumala|Teams|Zoom"
            + "|WhatsApp|Alzheimer|Parkinson|Downs?|Crohn|Asperger|Sjögren|Bechterew|Tourette|Hodgkin|Addison"
            + "|Cushing|Raynaud|Menière|Hashimoto|Basedow|Oy|Ab|Ltd|Inc|RAI)(?::?(?:n|a|ä|an|ään|en|in|iin|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|na|nä|kin|t|lle|ssa"
            + "|issa|issä|ista|istä|iin|ille|ilta|iltä|illa|illä))?|God|Gud|I");

    /** Forms of "olla" (to be) that name lists also hold (Olin, Olen): never a name before another name. */
    private static final Set<String> VERBS = Set.of("olin", "olit", "oli", "olimme", "olitte", "olivat", "olemme",
            "olette", "ovat", "olisin", "olisi");

    private static final Set<String> CONJUNCTIONS = Set.of("ja", "sekä", "tai", "och", "eller", "and", "or", "&");

    /** Spoken Finnish and chat words that name lists also hold as names. */
    private static final Set<String> CHAT_WORDS = Set.of("onks", "oliks", "miks", "olis", "sori", "hetu", "kela",
            "mulle", "sulle", "mulla", "sulla",
            "multa", "sulta", "mun", "sun", "mä", "sä", "meil", "teil", "meijän", "teijän", "niinku", "sillee",
            "semmonen", "tollanen", "okei", "kans", "vaan", "sit",
            "sitte", "mut", "jos", "niin", "nii", "vähä", "ihan", "kyl", "kylä", "joo", "juu", "jees", "moi", "hei",
            "tosi", "koska", "eli", "siis", "aika");

    /** Case endings that a name after "olen" (I am ...) does not have: "olen Tampereelta" names no person. */
    private static final Pattern LOCAL_CASE = Pattern
            .compile(".*(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi)");

    /** An unknown word shaped like a Finnish surname in -nen, in any case: Jokelainen, Jokelaiselle. */
    private static final Pattern SURNAME_SHAPE = Pattern
            .compile("\\p{Lu}\\p{Ll}{2,}(?:nen|s(?:en|elle|ella|ellä|elta|eltä|eksi|ta|tä|een|essa|essä|esta|estä))");

    private static final Set<String> MARKER_WORDS = markerWords();

    private static final String POSTAL_CODE_MARKER = Category.POSTAL_CODE.marker().substring(1,
            Category.POSTAL_CODE.marker().length() - 1);

    private static final int MAX_NAME_WORDS = 4;

    private final Vocabulary vocabulary;

    NameDetector(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    private enum Cue {
        NONE, TITLE, FAMILY, INTRODUCTION, INTRODUCTION_NOMINATIVE, GREETING
    }

    private enum Shape {
        CAPITALISED, CAPITALS, LOWER, OTHER
    }

    private record Token(int start, int end, String word, boolean marker) {
    }

    /** The spans, as {start, end} pairs in text order, of the names found in {@code text}. */
    List<int[]> find(String text) {
        List<Token> tokens = tokenise(text);
        int count = tokens.size();
        boolean[] name = new boolean[count];
        Vocabulary.Word[] words = new Vocabulary.Word[count];
        int run = 0;
        for (int i = 0; i < count; i++) {
            Token token = tokens.get(i);
            if (token.marker) {
                run = 0;
                continue;
            }
            if (i > 0 && tokens.get(i - 1).marker && tokens.get(i - 1).word.equals(POSTAL_CODE_MARKER)
                    && isHorizontalSpace(text, tokens.get(i - 1).end + 1, token.start)) {
                run = 0; // the town after a postal code: 65100 Vasa
                continue;
            }
            boolean afterName = i > 0 && name[i - 1] && joined(text, tokens.get(i - 1), token) && run < MAX_NAME_WORDS;
            if (afterName && token.word.length() == 1 && Character.isUpperCase(token.word.charAt(0))) {
                name[i] = true; // an initial: Matti J.
                run++;
                continue;
            }
            if (token.word.length() > 1 && otherScript(token.word)) {
                // محمد, Фатима: a word in another script within a Finnish, Swedish or English text is a name as far
                // as anyone can tell here, and no word of these languages
                name[i] = true;
                run++;
                continue;
            }
            Shape shape = shape(token.word);
            if (shape == Shape.OTHER || token.word.length() == 1) {
                run = 0;
                continue;
            }
            words[i] = vocabulary.of(withoutPossessive(token.word));
            name[i] = switch (shape) {
                case CAPITALISED, CAPITALS -> capitalisedName(text, tokens, words, i, shape, afterName);
                case LOWER -> lowercaseName(token.word, words[i], cue(text, tokens, i));
                default -> false;
            };
            run = name[i] ? run + 1 : 0;
        }
        otherMentions(tokens, words, name);
        coordinated(text, tokens, words, name);
        return spans(text, tokens, name);
    }

    /** Noah's, Laine’s: the name without the English possessive. */
    private static String withoutPossessive(String word) {
        return word.length() > 3 && (word.endsWith("'s") || word.endsWith("’s"))
                ? word.substring(0, word.length() - 2)
                : word;
    }

    private boolean capitalisedName(String text, List<Token> tokens, Vocabulary.Word[] words, int i, Shape shape,
            boolean afterName) {
        String word = tokens.get(i).word;
        String written = shape == Shape.CAPITALS ? Vocabulary.capitalise(word.toLowerCase(Locale.ROOT)) : word;
        String lower = word.toLowerCase(Locale.ROOT);
        if (NOT_A_PERSON.matcher(written).matches() || CHAT_WORDS.contains(lower)
                || TITLE.matcher(lower).matches()) {
            return false;
        }
        Vocabulary.Word known = words[i];
        boolean name = known.name();
        boolean strict = shape == Shape.CAPITALS; // in a text in capitals, an ordinary word is just a word
        // "Matti Helsingistä", "hoitaja Tampereelta"; but "lääkäri Peltolalle": farms, villages and surnames share
        // names, and people are rarely in the inner local cases
        boolean placeHere = known.place() && (known.innerCase()
                || known.localCase() && !name && !SURNAME_SHAPE.matcher(written).matches());
        Cue cue = cue(text, tokens, i);
        if (MONTHS.matcher(written).matches()) {
            // "my mother June Andersson", not "In June we visited"
            return cue != Cue.NONE && cue != Cue.GREETING || nameFollows(text, tokens, i);
        }
        switch (cue) {
            case TITLE, FAMILY, INTRODUCTION :
                // Puheterapeutti Turunen, ohjaaja Kotka, äitini Liisa: after these, a capitalised word is a name
                return !placeHere && (strict ? name || !known.known() : !known.otherName() || name);
            case GREETING :
                // "Kiitos Pekka", not "Kiitos Kaikille", not "Kiitos Lahden vammaispalveluille"
                return name && !(known.place() && !known.firstName() && !known.surname()) || !known.known()
                        || !known.ordinary() && !known.place() && !known.otherName();
            case INTRODUCTION_NOMINATIVE :
                return !known.localCase() && (known.known() || !LOCAL_CASE.matcher(word.toLowerCase(Locale.ROOT))
                        .matches()) && (name || !known.known());
            default :
                break;
        }
        if (afterName) {
            // Matti Jokelaiselle, Kaija Lamminmäki, Abdirahman Warsame, "Kiitos Kirsi Salolle" (after a first name
            // in the nominative the surname carries the case); not Matti Helsingistä, "Soitin Matille Lahteen"
            Vocabulary.Word previous = words[i - 1];
            boolean surnameCase = previous != null && previous.firstName() && previous.nominative()
                    && !known.innerCase();
            return (surnameCase || !placeHere) && (strict ? name || !known.known() : !known.otherName() || name);
        }
        if (cueFollows(text, tokens, i)) {
            // Onni-poikamme, Lumi-hoitaja, Into-niminen, Mäkisen perhe
            return true;
        }
        if ((name || !known.known()) && signedAtEnd(text, tokens, i,
                name ? !known.ordinary() : i + 1 < tokens.size())) {
            return true; // "... – Hanna", "/Maria", "Abdiwahab [PUHELIN]" closing a text
        }
        boolean start = strict || sentenceStart(text, tokens, i);
        if (name) {
            if (!known.ordinary() && !known.place() && !known.otherName()) {
                return true;
            }
            if (known.firstName() && (!isCueWord(word) || hyphenFollows(text, tokens, i))
                    && nameFollows(text, tokens, i)) {
                return true; // Tuuli Virtanen, Onni Aho, Matti Lahti, Veli-Matti; not "Olen Aune"
            }
            if ((known.finnishName() || known.nominative()) && known.firstName() && start
                    && (personFollows(tokens, words, i) || addressed(text, tokens, i))) {
                return true; // "Tuuli soitti eilen", "Lumi on meidän esikoinen"; not "Tuuli oli kova"
            }
            // Capitalised in mid-sentence an ordinary word is a name, but not a place ("Kävin Kalliossa")
            return !start && !known.place() && !known.otherName() && !known.innerCase();
        }
        if (!known.known()) {
            return SURNAME_SHAPE.matcher(word).matches() || (!start && nameFollows(text, tokens, i))
                    || personFollows(tokens, words, i);
        }
        return false;
    }

    /**
     * Whether a verb that only people do follows ("soitti", "kertoi", "kysyi"), or "on" and a family word within a few
     * words ("Lumi on meidän esikoinen", "Vilja on tyttäremme"): what makes a word that is also an ordinary word a
     * person at the start of a sentence.
     */
    private boolean personFollows(List<Token> tokens, Vocabulary.Word[] words, int i) {
        if (i + 1 >= tokens.size() || tokens.get(i + 1).marker) {
            return false;
        }
        String next = tokens.get(i + 1).word;
        if (!Character.isLowerCase(next.charAt(0))) {
            return false;
        }
        if (next.equals("on") || next.equals("oli") || next.equals("is") || next.equals("är")) {
            for (int j = i + 2; j < Math.min(tokens.size(), i + 6); j++) {
                if (!tokens.get(j).marker && FAMILY.matcher(tokens.get(j).word.toLowerCase(Locale.ROOT)).matches()) {
                    return true;
                }
            }
            return false;
        }
        if ((next.equals("ei") || next.equals("eikä")) && i + 2 < tokens.size() && !tokens.get(i + 2).marker) {
            next = tokens.get(i + 2).word; // "Somchai ei päässyt"
        }
        String verb = vocabulary.of(next).verb();
        return verb != null && HUMAN_VERBS.contains(verb);
    }

    /** Addressed at the start: "Marianne, kiitos ...", "Anna, thank you". */
    private static boolean addressed(String text, List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || tokens.get(i + 1).marker) {
            return false;
        }
        String gap = text.substring(tokens.get(i).end, tokens.get(i + 1).start);
        String next = tokens.get(i + 1).word.toLowerCase(Locale.ROOT);
        return gap.matches(",\\h*") && (GREETINGS.contains(next) || next.equals("thank") || next.equals("kiitti"));
    }

    private static boolean lowercaseName(String word, Vocabulary.Word known, Cue cue) {
        // a Finnish name, or a listed name as written ("result" is not Resul+t)
        if (!(known.finnishName() || known.listedName() && known.nominative()) || CHAT_WORDS.contains(word)) {
            return false;
        }
        if (cue == Cue.NONE && !known.finnishName() && !known.firstName() && !known.surname()) {
            return false; // without a cue, not a name only a list of every name has ("starr")
        }
        if (cue == Cue.TITLE || cue == Cue.FAMILY || cue == Cue.INTRODUCTION || cue == Cue.GREETING) {
            // "terveydenhoitaja sari", "moi ville": a Finnish name even where it is also a word, but not a verb
            // ("hoitaja toimi"); others only if no word
            return known.finnishName()
                    ? !(known.place() && known.localCase()) && known.verb() == null
                    : !known.ordinary() && !known.place() && !known.otherName();
        }
        return !known.ordinary() && !known.place() && !known.otherName() && word.length() >= 4;
    }

    /**
     * Whether the next word, only spaces or a hyphen between, is a capitalised first name or surname (also when it is
     * an ordinary word too: Onni Aho), or unknown and shaped like a surname.
     */
    private boolean nameFollows(String text, List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        Shape shape = shape(next.word);
        if (next.marker || (shape != Shape.CAPITALISED && shape != Shape.CAPITALS)
                || !joined(text, tokens.get(i), next) || NOT_A_PERSON.matcher(next.word).matches()) {
            return false;
        }
        Vocabulary.Word known = vocabulary.of(next.word);
        return (known.name() && (!known.ordinary() || known.firstName() || known.surname()))
                || (!known.known() && SURNAME_SHAPE.matcher(next.word).matches());
    }

    /**
     * Whether a family word, a title or "-niminen" (named) is joined to the word by a hyphen (Onni-poikamme,
     * Lumi-hoitaja, Into-niminen), or the word names a family ("Mäkisen perhe", "the Smith family").
     */
    private static boolean cueFollows(String text, List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token token = tokens.get(i);
        Token next = tokens.get(i + 1);
        if (next.marker || !Character.isLowerCase(next.word.charAt(0))) {
            return false;
        }
        String lower = next.word.toLowerCase(Locale.ROOT);
        if (isHorizontalSpace(text, token.end, next.start)) {
            return FAMILY_NAME.matcher(lower).matches();
        }
        return next.start == token.end + 1 && text.charAt(token.end) == '-' && (FAMILY.matcher(lower).matches()
                || TITLE.matcher(lower).matches() || NAMED.matcher(lower).matches());
    }

    /** Whether a hyphen joins the next word: Veli-Matti. */
    private static boolean hyphenFollows(String text, List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).start == tokens.get(i).end + 1
                && text.charAt(tokens.get(i).end) == '-';
    }

    /** A word that introduces names rather than being one: "Olen" (an English first name too), "Hei", "Kiitos". */
    private static boolean isCueWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.equals("olen") || lower.equals("oon") || GREETINGS.contains(lower) || SIGNATURES.contains(lower)
                || TITLE.matcher(lower).matches() || FAMILY.matcher(lower).matches() || VERBS.contains(lower);
    }

    /**
     * A signature closing the text: the last word (only markers may follow: "Abdiwahab [PUHELIN]"), after a dash or
     * a slash ("– Hanna", "/Maria") or standing as a sentence of its own.
     */
    private static boolean signedAtEnd(String text, List<Token> tokens, int i, boolean standingAlone) {
        for (int j = i + 1; j < tokens.size(); j++) {
            if (!tokens.get(j).marker) {
                return false;
            }
        }
        Token token = tokens.get(i);
        int last = i + 1 < tokens.size() ? tokens.get(i + 1).start - 1 : text.length();
        for (int p = token.end; p < last; p++) {
            if (Character.isLetterOrDigit(text.charAt(p))) {
                return false;
            }
        }
        int p = token.start - 1;
        while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        if (p < 0) {
            return false;
        }
        char before = text.charAt(p);
        if (before == '-' || before == '–' || before == '—' || before == '/') {
            return p == 0 || !Character.isLetterOrDigit(text.charAt(p - 1));
        }
        // a word of its own after the last sentence: "Milloin saamme ajan? Abdiwahab"
        return standingAlone && (before == '.' || before == '!' || before == '?' || before == '\n');
    }

    /**
     * Every other mention of a name found: the same word or another form of it ("Pirkko ... Pirkolle", "Tuuli
     * Virtanen ... Tuuli soitti"), capitalised or not, but not a lowercase ordinary word ("tuuli oli kova").
     */
    private static void otherMentions(List<Token> tokens, Vocabulary.Word[] words, boolean[] name) {
        Set<String> found = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (name[i] && words[i] != null && tokens.get(i).word.length() > 2) {
                found.add(words[i].base());
                found.add(tokens.get(i).word.toLowerCase(Locale.ROOT));
            }
        }
        if (found.isEmpty()) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Vocabulary.Word known = words[i];
            if (name[i] || known == null || tokens.get(i).word.length() <= 2) {
                continue;
            }
            String word = tokens.get(i).word;
            if (shape(word) == Shape.LOWER && known.ordinary() || known.place() && known.innerCase()) {
                continue; // "tuuli oli kova"; "Salo soitti ... asun Salossa"
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (found.contains(known.base()) || found.contains(lower)) {
                name[i] = true;
                continue;
            }
            for (String stem : NameList.stems(lower)) {
                if (found.contains(stem)) {
                    name[i] = true;
                    break;
                }
            }
        }
    }

    /**
     * A capitalised name joined by "ja", "och", "and" ... to a name found: "Salla ja Pekka", "Kiitos Pekka ja
     * Aarteelle", "Kajsa och Britt".
     */
    private static void coordinated(String text, List<Token> tokens, Vocabulary.Word[] words, boolean[] name) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i + 2 < tokens.size(); i++) {
                Token conjunction = tokens.get(i + 1);
                if (conjunction.marker || !CONJUNCTIONS.contains(conjunction.word)
                        || !isHorizontalSpace(text, tokens.get(i).end, conjunction.start)
                        || !isHorizontalSpace(text, conjunction.end, tokens.get(i + 2).start)) {
                    continue;
                }
                int other = name[i] ? i + 2 : name[i + 2] ? i : -1;
                if (other < 0 || name[other] || words[other] == null || tokens.get(other).marker) {
                    continue;
                }
                Vocabulary.Word known = words[other];
                Shape shape = shape(tokens.get(other).word);
                boolean capitalised = shape == Shape.CAPITALISED || shape == Shape.CAPITALS;
                // "kiitos pirkko ja jukka": lowercase, a Finnish name next to a lowercase name found
                boolean lowercase = shape == Shape.LOWER && known.finnishName() && known.verb() == null
                        && shape(tokens.get(other == i ? i + 2 : i).word) == Shape.LOWER;
                if ((capitalised && (known.name() || !known.known()) || lowercase) && !known.innerCase()
                        && !NOT_A_PERSON.matcher(tokens.get(other).word).matches()
                        && !TITLE.matcher(tokens.get(other).word.toLowerCase(Locale.ROOT)).matches()) {
                    name[other] = true;
                    changed = true;
                }
            }
        }
    }

    private static Cue cue(String text, List<Token> tokens, int i) {
        if (i == 0) {
            return Cue.NONE;
        }
        Token previous = tokens.get(i - 1);
        if (previous.marker) {
            return Cue.NONE;
        }
        Token token = tokens.get(i);
        String gap = text.substring(previous.end, token.start);
        String lower = previous.word.toLowerCase(Locale.ROOT);
        boolean spaced = isHorizontalSpace(text, previous.end, token.start);
        boolean hyphen = gap.equals("-");
        if ((spaced || hyphen) && TITLE.matcher(lower).matches()
                || ABBREVIATED_TITLES.contains(lower) && gap.matches("\\.\\h*")) {
            return Cue.TITLE;
        }
        if ((spaced || hyphen || gap.matches(",\\h*")) && FAMILY.matcher(lower).matches()) {
            return Cue.FAMILY;
        }
        if (SIGNATURES.contains(lower) && gap.matches("[\\h.,:;!\\-–]*\\R?\\h*")) {
            return Cue.INTRODUCTION;
        }
        if (GREETINGS.contains(lower) && gap.matches("\\h*,?\\h+|,")) {
            return Cue.GREETING;
        }
        String before = i >= 2 && !tokens.get(i - 2).marker ? tokens.get(i - 2).word.toLowerCase(Locale.ROOT) : "";
        if (lower.equals("you") && before.equals("thank") && gap.matches("\\h*,?\\h+|,")) {
            return Cue.GREETING;
        }
        if (!spaced && !gap.matches("\\h*:\\h*")) {
            return Cue.NONE;
        }
        if ((lower.equals("nimeni") || lower.equals("nimi") || lower.equals("namn")) && gap.matches("\\h*:\\h*")) {
            return Cue.INTRODUCTION;
        }
        if (!spaced) {
            return Cue.NONE;
        }
        if (lower.equals("on") && Set.of("nimeni", "nimi", "nimensä", "nimemme").contains(before)
                || lower.equals("heter") || lower.equals("hette") || lower.equals("kallas") || lower.equals("called")
                || lower.equals("är") && (before.equals("namn") || before.equals("namnet"))
                || lower.equals("is") && before.equals("name")) {
            return Cue.INTRODUCTION;
        }
        if (lower.equals("olen") || lower.equals("oon") || lower.equals("olemme") || lower.equals("minä")
                || lower.equals("mä") || lower.equals("i'm") || lower.equals("i’m")
                || lower.equals("am") && before.equals("i")) {
            return Cue.INTRODUCTION_NOMINATIVE;
        }
        return Cue.NONE;
    }

    /**
     * Whether token {@code i} starts a sentence: it is the first word, or sentence-ending punctuation, a colon or a
     * line break stands between it and the previous word (an abbreviated title's full stop does not count).
     */
    private static boolean sentenceStart(String text, List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        Token previous = tokens.get(i - 1);
        for (int p = previous.end; p < tokens.get(i).start; p++) {
            char c = text.charAt(p);
            if (c == '.' && !previous.marker
                    && ABBREVIATED_TITLES.contains(previous.word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == '\n' || c == '\r' || c == '"'
                    || c == '”' || c == '(') {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of the text: runs of letters (and combining marks), with an apostrophe inside (O'Connor, I'm), not
     * preceded by a letter or digit. A hyphen ends a word (Anna-Liisa is two, joined: {@link #joined}).
     */
    private static List<Token> tokenise(String text) {
        List<Token> tokens = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) || (i > 0 && isWordCharacter(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            while (true) {
                while (end < length && isLetterOrMark(text.charAt(end))) {
                    end++;
                }
                if (end + 1 < length && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                        && Character.isLetter(text.charAt(end + 1))) {
                    end += 2;
                } else {
                    break;
                }
            }
            if (end < length && Character.isDigit(text.charAt(end))) {
                // part of a code such as B12: not a word
                i = end;
                continue;
            }
            String word = text.substring(start, end);
            boolean marker = start > 0 && end < length && text.charAt(start - 1) == '[' && text.charAt(end) == ']'
                    && MARKER_WORDS.contains(word);
            tokens.add(new Token(start, end, word, marker));
            i = end;
        }
        return tokens;
    }

    /** Whether the word's first letter is of a script other than Latin (Arabic, Cyrillic, Greek, Han ...). */
    private static boolean otherScript(String word) {
        Character.UnicodeScript script = Character.UnicodeScript.of(word.codePointAt(0));
        return script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                && script != Character.UnicodeScript.INHERITED;
    }

    private static Shape shape(String word) {
        int first = word.codePointAt(0);
        boolean upperFirst = Character.isUpperCase(first);
        boolean anyLower = false;
        boolean anyUpperAfter = false;
        for (int p = Character.charCount(first); p < word.length(); p++) {
            char c = word.charAt(p);
            anyLower |= Character.isLowerCase(c);
            anyUpperAfter |= Character.isUpperCase(c);
        }
        if (upperFirst) {
            return anyLower ? Shape.CAPITALISED : word.length() > 1 ? Shape.CAPITALS : Shape.CAPITALISED;
        }
        return Character.isLowerCase(first) && !anyUpperAfter ? Shape.LOWER : Shape.OTHER;
    }

    private static boolean isLetterOrMark(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isWordCharacter(char c) {
        return isLetterOrMark(c) || Character.isDigit(c);
    }

    /** Names next to each other, only spaces or one hyphen between, are one span; "Tom:lle" keeps its ending. */
    private static List<int[]> spans(String text, List<Token> tokens, boolean[] name) {
        List<int[]> spans = new ArrayList<>();
        int[] current = null;
        Token last = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (!name[i]) {
                current = null;
                continue;
            }
            Token token = tokens.get(i);
            int end = withEnding(text, token.end);
            if (current != null && joined(text, last, token)) {
                current[1] = end;
            } else {
                current = new int[]{token.start, end};
                spans.add(current);
            }
            last = token;
        }
        return spans;
    }

    /** The end of a name with a case ending after a colon ("Tom:lle", "Nguyen:n"), else {@code end}. */
    private static int withEnding(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ':' || !Character.isLowerCase(text.charAt(end + 1))) {
            return end;
        }
        int p = end + 1;
        while (p < text.length() && Character.isLetter(text.charAt(p))) {
            p++;
        }
        return p - end - 1 <= 5 ? p : end;
    }

    /** Only spaces, or one hyphen, between two words. */
    private static boolean joined(String text, Token first, Token second) {
        return isHorizontalSpace(text, first.end, second.start)
                || second.start == first.end + 1 && text.charAt(first.end) == '-';
    }

    private static boolean isHorizontalSpace(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\u00A0' && c != '\u202F' && c != '\u2009') {
                return false;
            }
        }
        return true;
    }

    private static Set<String> markerWords() {
        Set<String> words = new HashSet<>();
        for (Category category : Category.values()) {
            String marker = category.marker();
            words.add(marker.substring(1, marker.length() - 1));
        }
        return Set.copyOf(words);
    }
}
