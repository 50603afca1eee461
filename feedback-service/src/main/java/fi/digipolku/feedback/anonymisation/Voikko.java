package fi.digipolku.feedback.anonymisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * Finnish morphology from Voikko (libvoikko with the voikko-fi dictionary, Debian packages {@code libvoikko1} and
 * {@code voikko-fi}), called through JNA: the analyses of one word, each with its word class (a first name, a surname,
 * a place, an ordinary noun ...), its base form and its case.
 * <p>
 * A Voikko handle serves one thread at a time, so a few handles are kept in a pool. Missing Voikko is an error at
 * start, never a silent fallback: names would then go unfound.
 */
final class Voikko implements AutoCloseable {

    /** One reading of a word: Voikko's CLASS (e.g. etunimi, sukunimi, paikannimi, nimisana), BASEFORM, SIJAMUOTO. */
    record Analysis(String wordClass, String baseForm, String grammaticalCase) {

        boolean firstName() {
            return "etunimi".equals(wordClass);
        }

        boolean surname() {
            return "sukunimi".equals(wordClass);
        }

        boolean place() {
            return "paikannimi".equals(wordClass);
        }

        /** A proper name of another kind: an organisation, a product, a people ("nimi"). */
        boolean otherName() {
            return "nimi".equals(wordClass);
        }

        /** An ordinary word of any class: a noun, adjective, verb, adverb, pronoun, abbreviation ... */
        boolean ordinary() {
            return !firstName() && !surname() && !place() && !otherName();
        }

        boolean nominative() {
            return grammaticalCase == null || "nimento".equals(grammaticalCase);
        }
    }

    /** The part of libvoikko's C API used here; strings go in and come out as UTF-8. */
    interface LibVoikko extends Library {

        Pointer voikkoInit(PointerByReference error, String language, String path);

        void voikkoTerminate(Pointer handle);

        Pointer voikkoAnalyzeWordCstr(Pointer handle, String word);

        Pointer voikko_mor_analysis_value_cstr(Pointer analysis, String key);

        void voikko_free_mor_analysis_value_cstr(Pointer value);

        void voikko_free_mor_analysis(Pointer analyses);
    }

    private static final String LIBRARY = "voikko";

    private final LibVoikko library;
    private final BlockingQueue<Pointer> handles;
    private final List<Pointer> all = new ArrayList<>();

    /**
     * Opens {@code size} handles on the Finnish dictionary.
     *
     * @throws IllegalStateException when libvoikko or its Finnish dictionary is not installed
     */
    Voikko(int size) {
        String path = System.getenv("VOIKKO_LIBRARY_PATH");
        if (path != null && !path.isBlank()) {
            // where an image carries its own copy (/opt/voikko/lib); the dictionary then comes from
            // VOIKKO_DICTIONARY_PATH, which libvoikko reads itself
            NativeLibrary.addSearchPath(LIBRARY, path);
        }
        try {
            library = Native.load(LIBRARY, LibVoikko.class, Map.of(Library.OPTION_STRING_ENCODING, "UTF-8"));
        } catch (UnsatisfiedLinkError e) {
            throw new IllegalStateException("libvoikko is not installed (Debian: apt-get install libvoikko1 voikko-fi)",
                    e);
        }
        handles = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            PointerByReference error = new PointerByReference();
            Pointer handle = library.voikkoInit(error, "fi", null);
            if (handle == null) {
                String message = error.getValue() == null ? "unknown error" : error.getValue().getString(0, "UTF-8");
                close();
                throw new IllegalStateException("Voikko found no Finnish dictionary (Debian: apt-get install "
                        + "voikko-fi): " + message);
            }
            all.add(handle);
            handles.add(handle);
        }
    }

    /** The analyses of one word as written (case matters: proper names are found only capitalised). */
    List<Analysis> analyse(String word) {
        Pointer handle;
        try {
            handle = handles.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a Voikko handle", e);
        }
        try {
            Pointer analyses = library.voikkoAnalyzeWordCstr(handle, word);
            if (analyses == null) {
                return List.of();
            }
            try {
                List<Analysis> result = new ArrayList<>(2);
                for (int i = 0;; i++) {
                    Pointer analysis = analyses.getPointer((long) i * Native.POINTER_SIZE);
                    if (analysis == null) {
                        break;
                    }
                    result.add(new Analysis(value(analysis, "CLASS"), value(analysis, "BASEFORM"),
                            value(analysis, "SIJAMUOTO")));
                }
                return result;
            } finally {
                library.voikko_free_mor_analysis(analyses);
            }
        } finally {
            handles.add(handle);
        }
    }

    private String value(Pointer analysis, String key) {
        Pointer value = library.voikko_mor_analysis_value_cstr(analysis, key);
        if (value == null) {
            return null;
        }
        try {
            return value.getString(0, "UTF-8");
        } finally {
            library.voikko_free_mor_analysis_value_cstr(value);
        }
    }

    @Override
    public void close() {
        for (Pointer handle : all) {
            library.voikkoTerminate(handle);
        }
        all.clear();
    }
}
