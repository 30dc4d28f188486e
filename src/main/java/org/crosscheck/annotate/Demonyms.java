package org.crosscheck.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Entity;

/**
 * Links a nationality to its country or region ("North Korean" to "North Korea", "Chinese" to "China", "Ukrainian"
 * to "Ukraine") as a visible link, not a merge: the two stay separate entities. The rule is English word-formation,
 * not a list: every word but the last must be the same, and the last word of the nationality must start with the
 * place's last word less at most its final letter ("Chin-ese" / "Chin-a", "Ukrain-ian" / "Ukrain-e",
 * "Russia-n" / "Russia", "Israel-i" / "Israel"), with at least four letters in common. The parser types the
 * plural word for a state's or a city's people ("Missourians", "Texans") a MISC name rather than a nationality: such
 * a name is linked too, when what follows the place's word is a demonym ending ({@link #RESIDENTS}: "Missouri-ans",
 * not "China-town").
 */
final class Demonyms {
    private static final Set<String> PLACES = Set.of("COUNTRY", "LOCATION", "STATE_OR_PROVINCE", "CITY");

    private Demonyms() {
    }

    static List<Entity> link(List<Entity> entities) {
        Map<String, List<String>> links = new HashMap<>();
        for (Entity n : entities) {
            boolean misc = "MISC".equals(n.type());
            if (!"NATIONALITY".equals(n.type()) && !misc) {
                continue;
            }
            Entity best = null;
            for (Entity p : entities) {
                if (p.type() != null && PLACES.contains(p.type()) && isDemonym(n.name(), p.name())
                        && (!misc || namesResidents(n.name(), p.name()))
                        && (best == null || p.mentions() > best.mentions())) {
                    best = p;
                }
            }
            if (best != null) {
                links.computeIfAbsent(n.id(), k -> new ArrayList<>()).add("demonym of " + best.name() + " (" + best.id() + ")");
                links.computeIfAbsent(best.id(), k -> new ArrayList<>()).add("demonym: " + n.name() + " (" + n.id() + ")");
            }
        }
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            List<String> l = links.get(e.id());
            out.add(l == null ? e : e.withLinks(l));
        }
        return out;
    }

    /** What English adds to a place's name to name its people, in the plural: "-ans", "-ians", "-ers", "-ites" … */
    private static final java.util.regex.Pattern RESIDENTS =
            java.util.regex.Pattern.compile("(?:i?ans|ns|ers|ites|ese|is)");

    /**
     * Whether a MISC name is the plural name of the place's people: a demonym ({@link #isDemonym}) whose letters after
     * the place's last word (less at most its final letter) are a plural demonym ending.
     */
    static boolean namesResidents(String name, String place) {
        String[] n = name.toLowerCase(Locale.ROOT).split("\\s+");
        String[] p = place.toLowerCase(Locale.ROOT).split("\\s+");
        String a = n[n.length - 1];
        String b = p[p.length - 1];
        String rest = a.startsWith(b) ? a.substring(b.length()) : a.substring(b.length() - 1);
        return RESIDENTS.matcher(rest).matches();
    }

    static boolean isDemonym(String nationality, String place) {
        String[] n = nationality.toLowerCase(Locale.ROOT).split("\\s+");
        String[] p = place.toLowerCase(Locale.ROOT).split("\\s+");
        if (n.length != p.length) {
            return false;
        }
        for (int i = 0; i < n.length - 1; i++) {
            if (!n[i].equals(p[i])) {
                return false;
            }
        }
        String a = n[n.length - 1];
        String b = p[p.length - 1];
        if (a.equals(b) || a.length() <= b.length() - 1) {
            return false; // the nationality is a longer word formed from the place's
        }
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= 4 && common >= b.length() - 1;
    }
}
