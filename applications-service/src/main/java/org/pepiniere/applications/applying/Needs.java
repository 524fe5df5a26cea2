package org.pepiniere.applications.applying;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The expertise a start-up asks for, as short tags ("chimie", "levée de fonds", "industrialisation"): jurors
 * and, later, mentors whose expertise carries the same tags are preferred. A tag is kept in one written form
 * (lower case, single spaces, accents composed) so that "Levée  de Fonds" and "levée de fonds" are one need;
 * the jury compares them without accents besides.
 */
public final class Needs {

    public static final int MAX_TAGS = 10;
    public static final int MAX_TAG_LENGTH = 40;
    /** Letters of any language, digits, single spaces, and the few signs a field name uses: - ' ’ & + / */
    public static final String TAG_PATTERN = "[\\p{L}\\p{N}][\\p{L}\\p{N} '’&+/-]*";

    private static final Pattern TAG = Pattern.compile(TAG_PATTERN);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The tags in their written form, each once, in the order given; refused when one is not a tag. */
    public static List<String> of(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        var kept = new LinkedHashSet<String>();
        for (String tag : tags) {
            kept.add(normalise(tag));
        }
        if (kept.size() > MAX_TAGS) {
            throw new IllegalArgumentException("at most " + MAX_TAGS + " needs");
        }
        return List.copyOf(kept);
    }

    public static String normalise(String tag) {
        if (tag == null) {
            throw new IllegalArgumentException("a need is a tag");
        }
        String composed = Normalizer.normalize(tag, Normalizer.Form.NFC);
        String written = SPACES.matcher(composed).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        if (written.isEmpty() || written.length() > MAX_TAG_LENGTH || !TAG.matcher(written).matches()) {
            throw new IllegalArgumentException("a need is 1 to " + MAX_TAG_LENGTH + " letters, digits, spaces or - ' & + /");
        }
        return written;
    }

    private Needs() {
    }
}
