package org.crosscheck.annotate;

import static org.crosscheck.annotate.EntityKinds.INSTITUTIONS;
import static org.crosscheck.annotate.EntityKinds.institutionNoun;
import static org.crosscheck.annotate.EntityKinds.namesAState;
import static org.crosscheck.annotate.Names.COMPANY_FORMS;
import static org.crosscheck.annotate.Names.STATE_ABBREVIATIONS;
import static org.crosscheck.annotate.Names.bareCompanyName;
import static org.crosscheck.annotate.Names.generationalSuffix;
import static org.crosscheck.annotate.Names.headOf;
import static org.crosscheck.annotate.Names.isCapitalisedWord;
import static org.crosscheck.annotate.Names.matchesAt;
import static org.crosscheck.annotate.Names.nameKey;
import static org.crosscheck.annotate.Names.orgWords;
import static org.crosscheck.annotate.Names.personTokens;
import static org.crosscheck.annotate.Names.replaceMentions;
import static org.crosscheck.annotate.Names.surface;
import static org.crosscheck.annotate.Names.titleKey;
import static org.crosscheck.annotate.Pronouns.genderOf;
import static org.crosscheck.annotate.Pronouns.honorificGender;
import static org.crosscheck.annotate.Pronouns.pronounGenderOfSurname;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups the named mentions of a corpus into entities, one per referent: full names and surnames, spelling and
 * transliteration variants of the same type, acronyms defined in the text or matching the initials of a name.
 * Two people who share only a surname but have different first names stay apart. Every merge leaves an evidence
 * line. Pronouns are then resolved to the last named person of compatible gender ({@link Pronouns}).
 *
 * <p>{@link #resolve} runs the steps in a fixed order: the repairs of NER's mentions ({@link MentionRepairs}, with
 * {@link TitleRepairs} and {@link MissedNames}), the acronyms and company names defined in the text, the merges of
 * this class, the surnames and first names alone ({@link #resolveSingles}), the names and types of the entities
 * ({@link EntityKinds}: what the words around a mention say of its kind), then the pronouns. {@link Names} holds what
 * these classes share.
 */
final class EntityResolver {
    /** A set of mentions that refer to one entity. */
    static final class Cluster {
        final String cls;
        final List<Doc.NMention> mentions = new ArrayList<>();
        final LinkedHashSet<String> evidence = new LinkedHashSet<>();
        Cluster parent;
        String id;
        String name;
        String type;
        String gender;

        Cluster(String cls) {
            this.cls = cls;
        }

        Cluster root() {
            Cluster c = this;
            while (c.parent != null) {
                c = c.parent;
            }
            return c;
        }
    }

    static final Set<String> NUMERIC = Set.of("NUMBER", "ORDINAL", "PERCENT", "MONEY", "DATE", "TIME", "DURATION",
            "SET");
    static final Set<String> PLACE = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
    private static final Set<String> INITIAL_STOP = Set.of("of", "the", "and", "for", "&", "in", "on", "at", "to");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&]{1,7}");

    private final Map<String, Cluster> byKey = new LinkedHashMap<>();
    /** The repairs of NER's mentions, and the types the NER model gives a name on its own. */
    private final MentionRepairs repairs = new MentionRepairs();
    /**
     * First and last names that one source writes both with a generational suffix and without it ("Jesse Jackson
     * Jr." and his father "Rev. Jesse Jackson"): there the suffix tells two people apart.
     */
    private final Set<String> twoGenerations = new HashSet<>();

    static String typeClass(String type) {
        if (PLACE.contains(type)) {
            return "PLACE";
        }
        return type;
    }

    /** Resolves every named mention of the docs (in non-boilerplate sentences) and returns the root clusters. */
    List<Cluster> resolve(List<Doc> docs) {
        repairs.repairMentions(docs);
        MentionRepairs.agesTypedAsDurations(docs);
        MentionRepairs.valuesOfVerbsAndOrdinals(docs);
        MentionRepairs.timeNounsAsDates(docs);
        MentionRepairs.stanceAdjectives(docs);
        MentionRepairs.countriesEndingALongerName(docs);
        MentionRepairs.organisationsOfTheMembers(docs);
        MentionRepairs.namesOpenedByAnAdjectiveOfAFaith(docs);
        MentionRepairs.namedDays(docs);
        MentionRepairs.pluralCreedsAsGroups(docs);
        MentionRepairs.placesTaggedAsOrganisationsBeforeANoun(docs);
        MentionRepairs.postNominalsTakenForStates(docs);
        MentionRepairs.surnamesTakenForTimes(docs);
        MentionRepairs.numberedMiscNames(docs);
        MentionRepairs.namesCutByABracket(docs);
        MentionRepairs.namesRunIntoAPronounAfterADash(docs);
        MissedNames.propagateLongNames(docs);
        MissedNames.surnamesTaggedAsCommonNouns(docs);
        MissedNames.peopleBeforeAPersonPredicate(docs);
        MentionRepairs.placesTaggedAsPeople(docs);
        MentionRepairs.companiesTaggedAsPeople(docs);
        companyOpenings.putAll(MentionRepairs.companiesNamedAfterAPerson(docs));
        MentionRepairs.sentenceOpeningAdjectives(docs);
        MentionRepairs.placesCutBeforeTheirNoun(docs);
        MentionRepairs.clippedShortForms(docs);
        for (Doc d : docs) {
            TitleRepairs.capitalisedWordsOfTitles(d);
        }
        companyOpenings(docs);
        acronymsInApposition(docs);
        defineAcronyms(docs);
        acronymsBesideLongForms(docs);
        MissedNames.propagateNames(docs);
        MissedNames.pluralPartyMembers(docs);
        MissedNames.namesInLowerCase(docs);
        MentionRepairs.surnamesOfFamilies(docs);
        MentionRepairs.miscTagsOfAPersonsName(docs);
        MentionRepairs.partyLabelsBeforeATitle(docs);
        findTwoGenerations(docs);
        findHyphenatedSurnames(docs);
        List<Doc.NMention> singles = new ArrayList<>();
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (m.pronoun) {
                    continue;
                }
                String cls = typeClass(m.type);
                if (cls.equals("PERSON") && personTokens(m.text).length == 1) {
                    singles.add(m);
                    continue;
                }
                attach(m, key(m));
            }
        }
        linkAcronyms();
        linkContractions();
        mergeShortOrganisationNames();
        mergeShortFormsBeforeOf();
        mergeCompanyForms();
        mergeCompanyOpenings();
        mergeReorderedOrganisationNames();
        mergeStateAbbreviations();
        mergeVariants();
        mergeAcrossPlaceAndOrganization();
        mergePlacesNamedAsPeople();
        mergeMiscIntoNamedEntity();
        mergeInstitutionNames();
        mergePluralNationalities();
        mergeMembersOfAGroupName();
        mergePartyMembersByGloss();
        mergeClippedShortForms();
        mergeNameSynonyms();
        mergePartyNames();
        mergePlaceSynonyms();
        mergeTitlesAfterAnOrganisation();
        mergeTitlesCutOfTheirNoun();
        mergeBodiesByTheirNoun();
        mergeNumberedNames();
        mergeMisspeltNationalities();
        mergeFullNames();
        mergeTwoWordSurnames();
        mergeInitialsOfPeople();
        mergeInitialsBeforeTheLastWord();
        mergeHyphenSpellings(singles);
        resolveSingles(docs, singles);
        List<Cluster> roots = finish(docs);
        Pronouns.resolvePronouns(docs);
        return roots;
    }

    /** The hyphenated surnames of the corpus written with a space for the hyphen ("kilroy silk" to "kilroy-silk"). */
    private final Map<String, String> hyphenSurnames = new HashMap<>();
    /** The first part of a hyphenated surname no other person of the corpus is called by ("kilroy"). */
    private final Map<String, String> loneParts = new HashMap<>();

    private static final java.util.regex.Pattern HYPHENATED_SURNAME =
            java.util.regex.Pattern.compile("(?:^|\\s)(\\p{Lu}\\p{Ll}+)-(\\p{Lu}\\p{Ll}+)(?:['\u2019]s)?$");

    /**
     * A hyphenated surname a source writes with a space ("Robert Kilroy Silk", BBC politics 293 and 325, beside
     * "Robert Kilroy-Silk" 77 times), or with its parts tagged apart ("Kilroy" MISC and "Silk" PERSON for one
     * "Kilroy-Silk"), is that surname; the first part alone ("Kilroy launches 'Veritas' party") is the person when
     * exactly one hyphenated surname of the corpus opens with it and no other person's name holds it as a word. Both
     * parts must be capitalised words of letters; a first part CoreNLP lists as a first name is not taken alone.
     */
    private void findHyphenatedSurnames(List<Doc> docs) {
        Map<String, Set<String>> byFirstPart = new HashMap<>();
        Set<String> wordsOfNames = new HashSet<>();
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (m.pronoun || !m.type.equals("PERSON")) {
                    continue;
                }
                java.util.regex.Matcher h = HYPHENATED_SURNAME.matcher(m.text);
                if (h.find()) {
                    String a = NameVariants.fold(h.group(1));
                    String b = NameVariants.fold(h.group(2));
                    hyphenSurnames.put(a + " " + b, a + "-" + b);
                    byFirstPart.computeIfAbsent(a, k -> new HashSet<>()).add(a + "-" + b);
                }
            }
        }
        if (hyphenSurnames.isEmpty()) {
            return;
        }
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (!m.pronoun && m.type.equals("PERSON")) {
                    String[] t = withHyphens(String.join(" ", personTokens(m.text))).split(" ");
                    for (int i = 0; i < t.length && t.length >= 2; i++) {
                        wordsOfNames.add(t[i]);
                    }
                }
            }
        }
        // "Kilroy" and "Silk" tagged apart, with a hyphen or a space between: one person's name
        for (Doc d : docs) {
            for (int i = 0; i + 1 < d.mentions.size(); i++) {
                Doc.NMention a = d.mentions.get(i);
                Doc.NMention b = d.mentions.get(i + 1);
                if (a.pronoun || b.pronoun || a.sent != b.sent || NUMERIC.contains(typeClass(a.type))
                        || NUMERIC.contains(typeClass(b.type)) || a.type.equals("TITLE") || b.type.equals("TITLE")
                        || !(a.type.equals("PERSON") || b.type.equals("PERSON")) || b.start < a.end
                        || !d.body.text().substring(a.end, b.start).matches(" ?- ?| ")) {
                    continue;
                }
                String[] at = personTokens(a.text);
                String[] bt = personTokens(b.text);
                if (at.length == 0 || bt.length == 0
                        || !hyphenSurnames.containsKey(at[at.length - 1] + " " + bt[0])) {
                    continue;
                }
                Doc.NMention m = replaceMentions(d, a.tokFrom, b.tokTo, "PERSON");
                m.retypedWhy = "the two parts of a hyphenated surname, tagged apart";
                i = d.mentions.indexOf(m) - 1;
            }
        }
        for (Map.Entry<String, Set<String>> e : byFirstPart.entrySet()) {
            if (e.getValue().size() == 1 && !wordsOfNames.contains(e.getKey())
                    && !Pronouns.isFirstName(e.getKey() + " " + e.getValue().iterator().next())) {
                loneParts.put(e.getKey(), e.getValue().iterator().next());
            }
        }
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (!m.pronoun && m.type.equals("MISC") && m.tokTo - m.tokFrom == 1
                        && isCapitalisedWord(m.text) && loneParts.containsKey(NameVariants.fold(m.text))) {
                    m.type = "PERSON";
                    m.retypedWhy = "the first part of a hyphenated surname only one person of the corpus bears";
                }
            }
        }
    }

    /** Whether the source of {@code m} names a person in full with {@code surname} written with a space. */
    private boolean spacedInSource(Doc.NMention m, String surname) {
        for (Doc.NMention x : m.doc.mentions) {
            if (!x.pronoun && x.type.equals("PERSON")) {
                String name = String.join(" ", personTokens(x.text));
                String joined = withHyphens(name);
                String[] t = joined.split(" ");
                if (!joined.equals(name) && t.length >= 2 && t[t.length - 1].equals(surname)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A folded name with the corpus's hyphenated surnames written with their hyphen ("kilroy -silk" too). */
    private String withHyphens(String name) {
        String joined = " " + name.replaceAll("(\\p{L}) ?- ?(\\p{L})", "$1-$2") + " ";
        for (Map.Entry<String, String> h : hyphenSurnames.entrySet()) {
            joined = joined.replace(" " + h.getKey() + " ", " " + h.getValue() + " ");
        }
        return joined.strip();
    }

    /**
     * Joins the people named with a hyphenated surname written with a space to the one written with the hyphen, and
     * the first part alone to the only person named in full with that surname (see {@link #findHyphenatedSurnames});
     * the lone parts joined are taken out of {@code singles}.
     */
    private void mergeHyphenSpellings(List<Doc.NMention> singles) {
        if (hyphenSurnames.isEmpty()) {
            return;
        }
        Map<String, Set<Cluster>> fullWith = new HashMap<>();
        Set<String> surnames = new HashSet<>(hyphenSurnames.values());
        for (Map.Entry<String, Cluster> e : byKey.entrySet()) {
            if (!e.getKey().startsWith("PERSON|")) {
                continue;
            }
            String[] t = e.getKey().substring("PERSON|".length()).split(" ");
            if (t.length >= 2 && surnames.contains(t[t.length - 1])
                    && Pronouns.isFirstName(String.join(" ", t))) {
                // named in full: a first name of CoreNLP's list before the surname ("Euro-Sceptic Kilroy-Silk" is
                // no one else)
                fullWith.computeIfAbsent(t[t.length - 1], k -> new HashSet<>()).add(e.getValue());
            }
        }
        java.util.function.Function<String, Cluster> onlyOne = s -> {
            Set<Cluster> roots = new HashSet<>();
            for (Cluster c : fullWith.getOrDefault(s, Set.of())) {
                roots.add(c.root());
            }
            return roots.size() == 1 ? roots.iterator().next() : null;
        };
        for (Map.Entry<String, Cluster> e : List.copyOf(byKey.entrySet())) {
            if (!e.getKey().startsWith("PERSON|")) {
                continue;
            }
            String name = e.getKey().substring("PERSON|".length());
            String joined = withHyphens(name);
            if (joined.equals(name)) {
                continue;
            }
            Cluster target = byKey.get("PERSON|" + joined);
            if (target == null && surnames.contains(joined)) {
                target = onlyOne.apply(joined);
            }
            if (target != null) {
                union(target, e.getValue(), display(e.getValue()) + " ~ " + display(target)
                        + ": a hyphenated surname written with a space for its hyphen");
            }
        }
        for (Doc.NMention m : List.copyOf(singles)) {
            String[] t = personTokens(m.text);
            String h = t.length == 1 ? loneParts.get(t[0]) : null;
            Cluster target = h == null ? null : onlyOne.apply(h);
            if (target != null) {
                singles.remove(m);
                attachSingle(m, target, display(target), null,
                        "the first part of the hyphenated surname of the only person so named in the corpus");
                continue;
            }
            // "Kilroy-Silk" where its source names the person in full only with a space ("Robert Kilroy Silk's
            // Veritas Party", BBC 325): the only person of the corpus named in full with that surname
            target = t.length == 1 && surnames.contains(t[0]) && spacedInSource(m, t[0]) ? onlyOne.apply(t[0]) : null;
            if (target != null) {
                singles.remove(m);
                attachSingle(m, target, display(target), null, "hyphenated surname of the only person so named in "
                        + "the corpus, whom its source names in full with a space for the hyphen");
            }
        }
    }

    private void attach(Doc.NMention m, String key) {
        Cluster c = byKey.computeIfAbsent(key, k -> new Cluster(classOf(k)));
        c.mentions.add(m);
        m.cluster = c;
        if (m.retypedWhy != null) {
            c.evidence.add(m.text + ": " + m.retypedWhy);
        }
    }

    /** The entity class of a resolver key: "PERSON" of "PERSON|dick cheney". */
    private static String classOf(String key) {
        return key.substring(0, key.indexOf('|'));
    }

    /** The name of a resolver key, as {@link #key} folded it: "dick cheney" of "PERSON|dick cheney". */
    private static String nameOf(String key) {
        return key.substring(key.indexOf('|') + 1);
    }

    /**
     * A time value SUTime could not place, because an article's date is not given to it: "today", "this day", "the
     * day before" and "the day" are all "THIS P1D", "recently" and "at that time" "PAST_REF". Such values say
     * nothing about which day is meant, so they do not make two expressions one; their words do.
     */
    static boolean unresolvedTime(String normValue) {
        return normValue.contains("_REF") || normValue.startsWith("THIS ") || normValue.startsWith("NEXT ")
                || normValue.startsWith("PREV ") || normValue.startsWith("OFFSET ");
    }

    private String key(Doc.NMention m) {
        String cls = typeClass(m.type);
        if (NUMERIC.contains(cls) && m.normValue != null && !m.normValue.isBlank() && !unresolvedTime(m.normValue)) {
            return cls + "|" + m.normValue;
        }
        if (cls.equals("PERSON")) {
            String[] t = personTokens(m.text);
            String suffix = generationalSuffix(m.text);
            return cls + "|" + String.join(" ", t) + (suffix != null && t.length >= 2
                    && twoGenerations.contains(t[0] + " " + t[t.length - 1]) ? " " + suffix : "");
        }
        if (cls.equals("TITLE")) {
            return cls + "|" + titleKey(m.text);
        }
        if (cls.equals("PLACE") && namesAState(m) && NameSynonyms.isNationalCapital(surface(m))) {
            // "Democrat of Washington" beside the capital's "Washington" elsewhere: the state is its own row
            return cls + "|" + nameKey(m.text) + " state";
        }
        return cls + "|" + nameKey(m.text);
    }

    /**
     * A source that names a person with a generational suffix and, elsewhere, the same first and last name without
     * it right after a noun for a parent or a child speaks of two people, son and father ("Former Rep. Jesse Jackson
     * Jr." and "his father, Rev. Jesse Jackson"). Otherwise the suffix is dropped as before ("Samuel A. Alito Jr." =
     * "Alito", "Theodore J. Boutrous Jr." = "Theodore Boutrous").
     */
    private void findTwoGenerations(List<Doc> docs) {
        for (Doc d : docs) {
            Set<String> with = new HashSet<>();
            Set<String> without = new HashSet<>();
            for (Doc.NMention m : d.mentions) {
                if (m.pronoun || !typeClass(m.type).equals("PERSON")) {
                    continue;
                }
                String[] t = personTokens(m.text);
                if (t.length < 2) {
                    continue;
                }
                if (generationalSuffix(m.text) != null) {
                    with.add(t[0] + " " + t[t.length - 1]);
                } else if (kinBefore(d, m)) {
                    without.add(t[0] + " " + t[t.length - 1]);
                }
            }
            with.retainAll(without);
            twoGenerations.addAll(with);
        }
    }

    /** Nouns for a parent or a child, which name the other generation of a family. */
    private static final Set<String> KIN_NOUNS = Set.of("father", "mother", "son", "daughter", "dad", "namesake");

    /** Whether a noun for a parent or a child stands shortly before a mention in its sentence ("his father, Rev."). */
    private static boolean kinBefore(Doc d, Doc.NMention m) {
        for (int k = m.tokFrom - 1; k >= 0 && k >= m.tokFrom - 6; k--) {
            Doc.Tok t = d.toks.get(k);
            if (t.sent != m.sent) {
                return false;
            }
            if (KIN_NOUNS.contains(t.word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether two people's names differ in a suffix that tells two generations apart. */
    private boolean otherGeneration(String a, String b) {
        String sa = generationalSuffix(a);
        String sb = generationalSuffix(b);
        if (java.util.Objects.equals(sa, sb)) {
            return false;
        }
        String[] t = personTokens(a);
        return t.length >= 2 && twoGenerations.contains(t[0] + " " + t[t.length - 1]);
    }

    private static void union(Cluster a, Cluster b, String evidence) {
        Cluster ra = a.root();
        Cluster rb = b.root();
        if (ra == rb) {
            return;
        }
        rb.parent = ra;
        ra.evidence.addAll(rb.evidence);
        ra.evidence.add(evidence);
    }

    private static String display(Cluster c) {
        Map<String, Integer> counts = new HashMap<>();
        for (Doc.NMention m : c.mentions) {
            counts.merge(m.text, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(e -> e.getKey().length())).map(Map.Entry::getKey).orElse(c.cls);
    }

    // ---- acronyms

    /** An acronym defined in the text: "Security Service of Ukraine (SBU)". */
    private record AcronymDef(String acronym, String name, String type, String source) {
    }

    private final Map<String, AcronymDef> acronyms = new LinkedHashMap<>();
    /** Definitions of an acronym after its first, by another name with the same head word. */
    private final List<AcronymDef> redefinitions = new ArrayList<>();

    private static String lastWord(String name) {
        String[] w = NameVariants.fold(name).split(" ");
        return w[w.length - 1];
    }
    private static final Pattern PAREN_ACRONYM = Pattern.compile("\\(([A-Z][A-Z0-9&]{1,7}|[A-Z][a-z]{2,6})\\)");
    private static final Set<String> NAME_JOINERS = Set.of("of", "the", "for", "and", "&", "on", "in", "de");

    /**
     * Finds "Full Name (ACR)" definitions, makes the full name one mention (replacing the pieces NER found in it)
     * and tags every occurrence of the acronym with the same type.
     */
    private void defineAcronyms(List<Doc> docs) {
        for (Doc d : docs) {
            Matcher pm = PAREN_ACRONYM.matcher(d.body.text());
            while (pm.find()) {
                String acr = pm.group(1);
                int last = -1;
                for (Doc.Tok t : d.toks) {
                    if (t.end <= pm.start()) {
                        last = t.index;
                    }
                }
                if (last < 0 || d.sents.get(d.toks.get(last).sent).boilerplate != null) {
                    continue;
                }
                int first = last;
                int sent = d.toks.get(last).sent;
                while (first - 1 >= d.sents.get(sent).tokFrom && last - first < 8) {
                    Doc.Tok t = d.toks.get(first - 1);
                    boolean cap = Character.isUpperCase(t.word.charAt(0));
                    boolean joiner = NAME_JOINERS.contains(t.word.toLowerCase(Locale.ROOT))
                            && !Character.isUpperCase(t.word.charAt(0));
                    if (!cap && !joiner) {
                        break;
                    }
                    first--;
                }
                while (first < last && (!Character.isUpperCase(d.toks.get(first).word.charAt(0))
                        || NAME_JOINERS.contains(d.toks.get(first).word.toLowerCase(Locale.ROOT)))) {
                    first++;
                }
                Doc.Tok ft = d.toks.get(first);
                Doc.Tok lt = d.toks.get(last);
                if (!Character.isUpperCase(lt.word.charAt(0))) {
                    continue;
                }
                String name = d.body.text().substring(ft.start, lt.end);
                boolean capitals = !Character.isLowerCase(acr.charAt(acr.length() - 1));
                if (name.equals(acr) || name.equalsIgnoreCase(acr)) {
                    continue;
                }
                if (!capitals && !initialsMatch(acr.toUpperCase(Locale.ROOT), name)) {
                    // an acronym written as a word ("The World Anti-Doping Agency (Wada)", BBC style) only when
                    // its letters are the name's initials: "(Labour)" after a name is no acronym
                    continue;
                }
                if (capitals && Character.toUpperCase(name.charAt(0)) != acr.charAt(0) && !initialsMatch(acr, name)
                        && !foreignAcronymOf(d, first, last, pm)) {
                    continue;
                }
                if (first == last && ft.mention == null) {
                    continue;
                }
                String type = null;
                for (int i = first; i <= last; i++) {
                    Doc.NMention m = d.toks.get(i).mention;
                    if (m != null && !m.pronoun && (type == null || m.type.equals("ORGANIZATION"))) {
                        type = m.type;
                    }
                }
                if (type == null || type.equals("PERSON") || NUMERIC.contains(type)) {
                    type = "ORGANIZATION";
                }
                Doc.NMention def = replaceMentions(d, first, last + 1, type);
                AcronymDef made = new AcronymDef(acr, def.text, type, d.id());
                AcronymDef had = acronyms.putIfAbsent(acr, made);
                if (had != null && !had.name.equals(made.name) && lastWord(had.name).equals(lastWord(made.name))) {
                    // the same acronym defined again by a shorter or longer name with the same head word ("the
                    // Greek Federation (SEGAS)", "the Greek Athletics Federation (SEGAS)"): both names are it
                    redefinitions.add(made);
                }
            }
        }
        if (acronyms.isEmpty()) {
            return;
        }
        for (Doc d : docs) {
            for (Doc.Tok t : d.toks) {
                AcronymDef def = acronyms.get(t.word);
                if (def == null || d.sents.get(t.sent).boilerplate != null) {
                    continue;
                }
                if (t.mention != null && t.mention.tokFrom == t.index && t.mention.tokTo == t.index + 1) {
                    t.mention.type = def.type;
                } else if (t.mention == null) {
                    replaceMentions(d, t.index, t.index + 1, def.type);
                }
            }
        }
    }

    /**
     * Whether capitals in parentheses whose letters are not the English name's are the acronym of the name in its
     * own language ("the Greek Athletics Federation (SEGAS)", BBC sport 054; "Security Service of Ukraine (SBU)"):
     * NER types the name of two words or more an organisation, and the capitals are no place ("(UK)").
     */
    private static boolean foreignAcronymOf(Doc d, int first, int last, Matcher pm) {
        if (last - first < 1) {
            return false;
        }
        Doc.NMention m = d.toks.get(last).mention;
        if (m == null || m.pronoun || !m.type.equals("ORGANIZATION") || m.tokFrom > first) {
            return false;
        }
        for (int k = last + 1; k < d.toks.size() && d.toks.get(k).start < pm.end(); k++) {
            Doc.NMention a = d.toks.get(k).mention;
            if (a != null && PLACE.contains(a.type)) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern CAPITALS = Pattern.compile("[A-Z][A-Z&]{1,7}");

    /**
     * An acronym set off by commas right after an organisation's name is that organisation's acronym, as one in
     * brackets is: "forecast this week by the National Statistics Institute, INSEE, Marais said" (Reuters; the
     * French name's initials), "the Organisation for Economic Cooperation and Development, OECD, said". Not in a
     * list: the word after the second comma is no "and" or "or" nor part of an organisation's name ("the Federal
     * Bureau of Investigation, CIA, NSA and …"), and no comma comes right before the name. The acronym may not be
     * a person or a place to NER, nor written otherwise than in capitals.
     */
    private void acronymsInApposition(List<Doc> docs) {
        for (Doc d : docs) {
            for (int i = 2; i + 1 < d.toks.size(); i++) {
                Doc.Tok t = d.toks.get(i);
                Doc.Tok comma = d.toks.get(i - 1);
                Doc.Tok after = d.toks.get(i + 1);
                if (!CAPITALS.matcher(t.word).matches() || !comma.word.equals(",") || comma.sent != t.sent
                        || d.sents.get(t.sent).boilerplate != null
                        || t.mention != null && !t.mention.type.equals("ORGANIZATION")) {
                    continue;
                }
                Doc.NMention org = d.toks.get(i - 2).mention;
                if (org == null || org.pronoun || !org.type.equals("ORGANIZATION") || org.tokTo != i - 1
                        || org.tokTo - org.tokFrom < 2 || org.text.equals(t.word)) {
                    continue;
                }
                boolean closes = after.sent != t.sent || after.word.equals(".");
                if (!closes && after.word.equals(",")) {
                    Doc.Tok next = i + 2 < d.toks.size() ? d.toks.get(i + 2) : null;
                    closes = next == null || next.sent != t.sent
                            || !Set.of("and", "or").contains(next.word.toLowerCase(Locale.ROOT))
                            && (next.mention == null || !next.mention.type.equals("ORGANIZATION"));
                }
                int before = org.tokFrom - 1;
                if (!closes || before >= 0 && d.toks.get(before).sent == t.sent
                        && d.toks.get(before).word.equals(",")) {
                    continue;
                }
                if (t.mention == null) {
                    replaceMentions(d, i, i + 1, "ORGANIZATION");
                }
                acronyms.putIfAbsent(t.word, new AcronymDef(t.word, org.text, "ORGANIZATION", d.id()));
            }
        }
    }

    static final Set<String> DASHES = Set.of("\u2014", "\u2013", "--", "-");

    /**
     * Acronyms NER leaves untagged or types by another referent, where the source gives their long form:
     * <ul>
     * <li>set off by dashes right after the acronym ("how large the ABC \u2014 Anybody But Cantor \u2014 mentality
     * was"): the long form and the acronym are one name (MISC unless NER typed the long form an organisation);</li>
     * <li>an acronym alone whose letters are the initials of the last words of exactly one longer organisation
     * name of the same source ("the ARB" after "a State Department Accountability Review Board"): an
     * organisation, whose link to the name the merge rules then find.</li>
     * </ul>
     */
    private void acronymsBesideLongForms(List<Doc> docs) {
        for (Doc d : docs) {
            for (int k = 0; k + 3 < d.toks.size(); k++) {
                Doc.Tok t = d.toks.get(k);
                if (!ACRONYM.matcher(t.word).matches() || !DASHES.contains(d.toks.get(k + 1).word)
                        || d.sents.get(t.sent).boilerplate != null) {
                    continue;
                }
                int end = k + 2;
                while (end < d.toks.size() && end - k < 10 && d.toks.get(end).sent == t.sent
                        && !DASHES.contains(d.toks.get(end).word)) {
                    end++;
                }
                if (end >= d.toks.size() || !DASHES.contains(d.toks.get(end).word) || end == k + 2) {
                    continue;
                }
                boolean capitalised = true;
                for (int i = k + 2; i < end && capitalised; i++) {
                    capitalised = isCapitalisedWord(d.toks.get(i).word);
                }
                String longForm = d.body.text().substring(d.toks.get(k + 2).start, d.toks.get(end - 1).end);
                if (!capitalised || !initialsMatch(t.word, longForm)) {
                    continue;
                }
                String type = "MISC";
                for (int i = k + 2; i < end; i++) {
                    Doc.NMention in = d.toks.get(i).mention;
                    if (in != null && !in.pronoun && in.type.equals("ORGANIZATION") && in.tokFrom >= k + 2
                            && in.tokTo <= end) {
                        type = "ORGANIZATION";
                    }
                }
                Doc.NMention def = replaceMentions(d, k + 2, end, type);
                Doc.NMention acr = replaceMentions(d, k, k + 1, type);
                acr.retypedWhy = "the acronym of " + def.text + ", set off by dashes after it";
                acronyms.putIfAbsent(t.word, new AcronymDef(t.word, def.text, type, d.id()));
            }
            List<Doc.NMention> longNames = d.mentions.stream().filter(m -> !m.pronoun
                    && m.type.equals("ORGANIZATION") && m.tokTo - m.tokFrom >= 2).toList();
            if (longNames.isEmpty()) {
                continue;
            }
            for (Doc.Tok t : d.toks) {
                // an acronym that is also a word NER typed a value ("NOW confirmed to FoxNews.com": a DATE) is the
                // acronym when it stands in capitals among mixed case and is the initials of a whole name
                boolean wordAcronym = t.mention != null && !t.mention.pronoun && NUMERIC.contains(t.mention.type)
                        && t.mention.tokTo - t.mention.tokFrom == 1 && t.word.length() >= 3;
                if ((t.mention != null && !wordAcronym) || !ACRONYM.matcher(t.word).matches() || t.word.length() < 2
                        || d.sents.get(t.sent).boilerplate != null || allCapitals(d, t)) {
                    continue;
                }
                Set<String> names = new LinkedHashSet<>();
                for (Doc.NMention m : longNames) {
                    String[] w = m.text.split("\\s+");
                    for (int from = 0; from + 1 < w.length && !(wordAcronym && from > 0); from++) {
                        String tail = String.join(" ", Arrays.copyOfRange(w, from, w.length));
                        if (Character.isUpperCase(tail.charAt(0)) && initialsMatch(t.word, tail)) {
                            names.add(m.text);
                        }
                    }
                }
                if (names.size() == 1) {
                    String was = wordAcronym ? t.mention.type : null;
                    Doc.NMention m = replaceMentions(d, t.index, t.index + 1, "ORGANIZATION");
                    m.retypedWhy = was != null
                            ? "typed " + was + "; a word in capitals, the initials of " + names.iterator().next()
                            : "untagged; the initials of the last words of " + names.iterator().next();
                }
            }
        }
    }

    /** Whether a token stands among words all in capitals (a headline or a shouted line), where acronyms are not. */
    private static boolean allCapitals(Doc d, Doc.Tok t) {
        Doc.Sent s = d.sents.get(t.sent);
        int words = 0;
        int upper = 0;
        for (int i = s.tokFrom; i < s.tokTo; i++) {
            String w = d.toks.get(i).word;
            if (w.length() > 1 && Character.isLetter(w.charAt(0))) {
                words++;
                if (w.equals(w.toUpperCase(Locale.ROOT))) {
                    upper++;
                }
            }
        }
        return words > 2 && upper * 2 > words;
    }

    private void linkAcronyms() {
        List<AcronymDef> defs = new ArrayList<>(acronyms.values());
        defs.addAll(redefinitions);
        for (AcronymDef def : defs) {
            String cls = typeClass(def.type);
            Cluster a = byKey.get(cls + "|" + nameKey(def.acronym));
            Cluster n = byKey.get(cls + "|" + nameKey(def.name));
            if (a != null && n != null) {
                union(n, a, def.acronym + " = " + def.name + ": acronym defined in text (" + def.source + ")");
            }
        }
        // acronyms matching the initials of exactly one multi-word name of an organisation or a place of the corpus
        // ("NIS" = National Intelligence Service, "US" / "U.S." = United States)
        List<Cluster> named = byKey.values().stream()
                .filter(c -> c.cls.equals("ORGANIZATION") || c.cls.equals("PLACE")).toList();
        for (Cluster a : named) {
            String text = a.mentions.get(0).text.replace(".", "");
            if (!ACRONYM.matcher(text).matches() || acronyms.containsKey(text)) {
                continue;
            }
            List<Cluster> hits = new ArrayList<>();
            for (Cluster b : named) {
                String bt = b.mentions.get(0).text;
                if (b != a && b.cls.equals(a.cls) && bt.contains(" ") && b.root() != a.root()
                        && (initialsMatch(text, bt) || initialsMatch(text, withoutCompanyForm(bt)))) {
                    if (hits.stream().noneMatch(h -> h.root() == b.root())) {
                        hits.add(b);
                    }
                }
            }
            if (hits.size() == 1) {
                union(hits.get(0), a, text + " = " + hits.get(0).mentions.get(0).text + ": initials");
            } else if (hits.size() > 1 && spellingsOfOneName(hits)) {
                // "FEC" after "Federal Elections Commission" and "Federal Election Commission" (Fox 2013): two
                // spellings of one name, which the variant merge joins only later, are one name for the initials
                for (Cluster h : hits) {
                    union(h, a, text + " = " + h.mentions.get(0).text + ": initials (of one name spelt "
                            + hits.size() + " ways)");
                }
            }
        }
    }

    /**
     * A company's name without the legal form it ends with, for its initials: "Imperial Chemical Industries PLC" is
     * "ICI" (Reuters-21578 00730), its "PLC" no word of the name. At least two words are kept; a name with no legal
     * form at its end is returned as it is.
     */
    static String withoutCompanyForm(String name) {
        List<String> w = new ArrayList<>(Arrays.asList(name.strip().split("\\s+")));
        while (w.size() > 2 && Names.COMPANY_FORMS.contains(
                NameVariants.fold(w.get(w.size() - 1)).replaceAll("[.,]", ""))
                && Names.writtenAsForm(w.get(w.size() - 1).replaceAll("[,.]+$", ""))) {
            w.remove(w.size() - 1);
        }
        return String.join(" ", w);
    }

    /** Whether the names of {@code hits} are all spelling variants of the first ("Election" / "Elections"). */
    private static boolean spellingsOfOneName(List<Cluster> hits) {
        String first = nameKey(hits.get(0).mentions.get(0).text);
        for (int i = 1; i < hits.size(); i++) {
            if (NameVariants.variant(first, nameKey(hits.get(i).mentions.get(0).text)) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * An organisation named by the last words of a longer name whose first words are a place ("The Times" / "New
     * York Times", "Senate" / "U.S. Senate") is that organisation when exactly one such longer name exists in the
     * corpus and a source uses both. "House" stays apart from "White House": "White" is no place (for NER, nor for
     * WordNet, which has "Wall Street" of "the Journal" / "The Wall Street Journal" as a street). The words left
     * off may also be the name of an organisation of the corpus, whose body the longer name names ("State
     * Department Accountability Review Board"). A name the corpus uses only before a noun ("Tea Party activists")
     * is a movement, not the body a longer name with a place names ("the Richmond Tea Party").
     */
    private void mergeShortOrganisationNames() {
        List<Cluster> orgs = byKey.values().stream().filter(c -> c.cls.equals("ORGANIZATION")).toList();
        Map<Cluster, String[]> words = new HashMap<>();
        for (Cluster c : orgs) {
            words.put(c, orgWords(c.mentions.get(0).text));
        }
        for (Cluster a : orgs) {
            String[] at = words.get(a);
            if (at.length == 0 || ACRONYM.matcher(at[at.length - 1]).matches()) {
                continue;
            }
            List<Cluster> hits = new ArrayList<>();
            Set<String> places = new HashSet<>();
            Set<Cluster> kinds = new HashSet<>();
            Set<Cluster> namedAfter = new HashSet<>();
            Map<Cluster, Cluster> parents = new HashMap<>();
            for (Cluster b : orgs) {
                String[] bt = words.get(b);
                if (b == a || bt.length <= at.length || b.root() == a.root()) {
                    continue;
                }
                boolean suffix = true;
                for (int i = 0; i < at.length && suffix; i++) {
                    suffix = bt[bt.length - at.length + i].equalsIgnoreCase(at[i]);
                }
                // only a place left off ("New York" Times, "U.S." Senate), not a word of the name ("White" House)
                String place = String.join(" ", Arrays.copyOf(bt, bt.length - at.length));
                // or an organisation of the corpus, whose body the longer name is ("State Department"
                // Accountability Review Board)
                boolean placed = suffix && (isPlaceName(place) || NameSynonyms.isProperPlace(place));
                boolean parent = suffix && !placed && byKey.containsKey("ORGANIZATION|" + nameKey(place));
                // or the kind of body the name is, as WordNet writes it ("super PAC America Rising")
                boolean kind = suffix && !placed && !parent && bt.length - at.length == 1
                        && "noun.group".equals(NameSynonyms.nounFile(place));
                if (kind) {
                    kinds.add(b);
                }
                // or the first name of the person a firm is named after ("Arthur" Andersen, BBC business 059:
                // "external auditors Arthur Andersen …" then "She said Andersen had given a "green light""): a
                // firm of two words, the first a first name of CoreNLP's list, is called by its surname
                boolean named = suffix && !placed && !parent && !kind && at.length == 1 && bt.length == 2
                        && Pronouns.isFirstName(String.join(" ", bt)) && isCapitalisedWord(at[0]);
                if (named) {
                    namedAfter.add(b);
                }
                if (parent) {
                    parents.put(b, byKey.get("ORGANIZATION|" + nameKey(place)));
                }
                if (placed && onlyAttributive(a, b)) {
                    continue; // "local Tea Party activists": a movement, not the "Richmond Tea Party"
                }
                if ((placed || parent || kind || named) && hits.stream().noneMatch(h -> h.root() == b.root())) {
                    hits.add(b);
                    places.add(placeInitials(place));
                }
            }
            // one longer name, or several with one place spelt differently ("U.S. Supreme Court", "United States
            // Supreme Court")
            if (hits.isEmpty() || places.size() != 1) {
                continue;
            }
            String both = sourceOfBoth(allMentions(a), hits.stream().flatMap(b -> allMentions(b).stream()).toList());
            String why = null;
            if (both == null && hits.size() == 1 && kinds.contains(hits.get(0))) {
                // "the conservative super PAC America Rising" (Fox) and "America Rising, a conservative political
                // action committee" (the NYT): the body's kind before its name is no part of it
                why = ": the name with a noun WordNet files as a kind of group before it";
                for (Doc.NMention m : hits.get(0).mentions) {
                    // the kind is no word of the name: "PAC America Rising" is America Rising
                    if (!m.pronoun && m.tokTo - m.tokFrom > at.length) {
                        Doc.Tok kindWord = m.doc.toks.get(m.tokFrom);
                        kindWord.mention = null;
                        m.tokFrom++;
                        m.start = m.doc.toks.get(m.tokFrom).start;
                        m.text = m.doc.body.text().substring(m.start, m.end);
                    }
                }
            } else if (both == null && hits.size() == 1 && parents.containsKey(hits.get(0))) {
                // the NYT's "the Judiciary Committee", where it also names the Senate, and Fox's "Senate Judiciary
                // Committee": a source that names the parent body means the only committee of it the corpus names
                both = sourceOfBoth(allMentions(a), allMentions(parents.get(hits.get(0))));
                if (both != null) {
                    why = ": the last words of the only longer name, whose first words name an organisation that"
                            + " the shorter name's source also names (" + both + ")";
                }
            }
            if (hits.stream().anyMatch(namedAfter::contains)) {
                if (both == null || hits.size() != 1) {
                    continue; // a surname alone, where no source names the one firm, may be anyone's
                }
                why = ": the surname of the only firm named after a person with it (a first name left off), both"
                        + " used in " + both;
            }
            if (why != null) {
                Cluster b = hits.get(0);
                union(b, a, a.mentions.get(0).text + " ~ " + b.mentions.get(0).text + why);
                continue;
            }
            if (both != null) {
                for (Cluster b : hits) {
                    union(b, a, a.mentions.get(0).text + " ~ " + b.mentions.get(0).text
                            + (hits.size() == 1 ? ": the last words of the only longer name (less a place or an"
                                    + " organisation's name), both used in "
                                    : ": the last words of the longer names, all with one place, used in ")
                            + both);
                }
            }
        }
    }

    /**
     * A source that uses both names: the first article of {@code b}'s mentions that also holds one of {@code a}'s,
     * or null when no article holds both.
     */
    private static String sourceOfBoth(List<Doc.NMention> a, List<Doc.NMention> b) {
        Set<String> aSources = new HashSet<>();
        a.forEach(m -> aSources.add(m.doc.id()));
        return b.stream().map(m -> m.doc.id()).filter(aSources::contains).findFirst().orElse(null);
    }

    /** The mentions of every cluster joined with {@code c} so far (its root's and all the others'). */
    private List<Doc.NMention> allMentions(Cluster c) {
        Cluster r = c.root();
        List<Doc.NMention> all = new ArrayList<>();
        for (Cluster x : byKey.values()) {
            if (x.root() == r) {
                all.addAll(x.mentions);
            }
        }
        return all;
    }

    /**
     * Whether every mention of an organisation's name, in the sources that also use the longer name, modifies a noun
     * after it ("other Tea Party challengers", "a Tea Party-backed professor"): a name used only so names a kind
     * or a movement, not the one body a longer name with a place names ("the Richmond Tea Party").
     */
    private boolean onlyAttributive(Cluster c, Cluster longer) {
        Set<String> longerSources = new HashSet<>();
        allMentions(longer).forEach(m -> longerSources.add(m.doc.id()));
        for (Doc.NMention m : allMentions(c)) {
            if (m.pronoun || !longerSources.contains(m.doc.id())) {
                continue;
            }
            Doc d = m.doc;
            Doc.Tok h = headOf(d, m);
            boolean hyphen = m.tokTo < d.toks.size() && d.toks.get(m.tokTo).start == m.end
                    && d.toks.get(m.tokTo).word.startsWith("-");
            boolean modifier = (h.dep.equals("compound") || h.dep.equals("amod")) && h.head >= m.tokTo;
            if (!hyphen && !modifier) {
                return false;
            }
        }
        return true;
    }

    /**
     * An organisation named by the words before "of" of a longer name ("House" / "House of Representatives") is
     * that organisation when exactly one such longer name exists in the corpus and a source uses both: by news
     * convention the full name comes once and the short one after.
     */
    private void mergeShortFormsBeforeOf() {
        List<Cluster> orgs = byKey.values().stream().filter(c -> c.cls.equals("ORGANIZATION")).toList();
        Map<String, List<Cluster>> byHead = new HashMap<>();
        for (Cluster c : orgs) {
            String k = nameKey(c.mentions.get(0).text);
            int of = k.indexOf(" of ");
            if (of > 0) {
                byHead.computeIfAbsent(k.substring(0, of), x -> new ArrayList<>()).add(c);
            }
        }
        for (Cluster a : orgs) {
            List<Cluster> longer = byHead.getOrDefault(nameKey(a.mentions.get(0).text), List.of()).stream()
                    .map(Cluster::root).distinct().toList();
            if (longer.size() != 1 || longer.get(0) == a.root()
                    || !Character.isUpperCase(a.mentions.get(0).text.charAt(0))) {
                continue;
            }
            Cluster b = longer.get(0);
            String both = sourceOfBoth(a.root().mentions, b.mentions);
            if (both != null) {
                union(b, a, a.mentions.get(0).text + " ~ " + b.mentions.get(0).text
                        + ": the words before \"of\" of the only longer name, both used in " + both);
            }
        }
    }

    /** Nouns that head the name of a part of a government, written "Department of X" or "X Department". */
    private static final Set<String> OFFICE_HEADS = Set.of("department", "ministry", "bureau", "office", "agency");
    /** The heads of a body's committees, written "House Committee on …" or "House … Committee". */
    private static final Set<String> COMMITTEE_HEADS = Set.of("committee", "subcommittee", "commission");

    /**
     * An organisation's name in one order of words and one spelling of its country: "Department of Justice" and
     * "Justice Department" are "justice department"; "U.S. Conference of Catholic Bishops" and "United States
     * Conference of Catholic Bishops" are "US conference of catholic bishops" (a leading place by its initials);
     * "State" after a leading place is left out before two words or more.
     */
    private String orgOrderKey(String text) {
        List<String> w = new ArrayList<>(Arrays.asList(orgWords(text)));
        if (w.size() >= 3 && OFFICE_HEADS.contains(w.get(0).toLowerCase(Locale.ROOT)) && w.get(1).equals("of")) {
            String head = w.remove(0);
            w.remove(0);
            w.add(head);
        } else if (w.size() >= 4 && COMMITTEE_HEADS.contains(w.get(1).toLowerCase(Locale.ROOT))
                && (w.get(2).equals("on") || w.get(2).equals("of")) && Character.isUpperCase(w.get(0).charAt(0))
                && Character.isUpperCase(w.get(3).charAt(0))) {
            // "House Committee on Oversight and Government Reform" (NYT) is the "House Oversight and Government
            // Reform Committee" (HuffPost): a body's committee named with "on" is named with its subject first
            String head = w.remove(1);
            w.remove(1);
            w.add(head);
        }
        for (int k = Math.min(2, w.size() - 2); k >= 1; k--) {
            String lead = String.join(" ", w.subList(0, k));
            if (Character.isUpperCase(lead.charAt(0)) && isPlaceName(lead)) {
                List<String> rest = new ArrayList<>(w.subList(k, w.size()));
                if (rest.size() >= 3 && rest.get(0).equals("State")) {
                    // "Missouri State Highway Patrol" (NYT) is the "Missouri Highway Patrol" (Fox): a state's body
                    // named with "State" after the state or without; not "Ohio State University" (one word after)
                    rest.remove(0);
                }
                rest.add(0, placeInitials(lead));
                w = rest;
                break;
            }
        }
        return NameVariants.fold(String.join(" ", w));
    }

    /**
     * A body named by its noun alone, capitalised ("The Committee has been contacted by Ms. Lerner's lawyer …",
     * HuffPost 2013, quoting the committee's spokesman), is the one organisation its source names in full with that
     * noun last ("House Oversight and Government Reform Committee"), when the source names exactly one such. The
     * noun is one WordNet files as a group ("committee", "commission", "court") and never writes with a capital as
     * a body's own name ("Senate"); the longer name is none WordNet holds as a whole ("White House", "Supreme
     * Court" are things of their own: "The House will vote" is no White House); every mention has "the" before it
     * and modifies no noun; two committees in a source leave it alone.
     */
    private void mergeBodiesByTheirNoun() {
        List<Cluster> orgs = byKey.values().stream().filter(c -> c.cls.equals("ORGANIZATION")).toList();
        for (Cluster c : orgs) {
            String[] w = orgWords(c.mentions.get(0).text);
            if (w.length != 1 || !isCapitalisedWord(w[0]) || !NameSynonyms.isGroupNoun(w[0])
                    || NameSynonyms.isNounAsWritten(w[0])) {
                continue; // "House", "Senate": WordNet's own names of one body, not a noun for any
            }
            Set<String> sources = new HashSet<>();
            boolean definite = true;
            for (Doc.NMention m : c.mentions) {
                sources.add(m.doc.id());
                Doc.Tok h = m.doc.toks.get(m.tokTo - 1);
                boolean the = m.text.regionMatches(true, 0, "the ", 0, 4)
                        || m.tokFrom > 0 && m.doc.toks.get(m.tokFrom - 1).word.equalsIgnoreCase("the");
                definite &= the && !h.dep.equals("compound");
            }
            if (!definite) {
                continue; // "The Committee has been contacted", not "a Committee hearing"
            }
            Set<Cluster> hits = new LinkedHashSet<>();
            boolean ambiguous = false;
            for (String src : sources) {
                Set<Cluster> here = new LinkedHashSet<>();
                for (Cluster o : orgs) {
                    if (o.root() == c.root()) {
                        continue;
                    }
                    for (Doc.NMention m : o.mentions) {
                        String[] ow = orgWords(m.text);
                        if (!m.pronoun && m.doc.id().equals(src) && ow.length >= 2
                                && ow[ow.length - 1].equals(w[0]) && !NameSynonyms.isNounAsWritten(String.join(" ", ow))) {
                            here.add(o.root());
                        }
                    }
                }
                ambiguous |= here.size() != 1;
                hits.addAll(here);
            }
            if (!ambiguous && hits.size() == 1) {
                Cluster h = hits.iterator().next();
                union(h, c, display(c) + " = " + display(h) + ": the one body its source names with that noun");
            }
        }
    }

    /** Organisations named in another order of words or with their country spelt another way are one. */
    private void mergeReorderedOrganisationNames() {
        Map<String, Cluster> byOrder = new HashMap<>();
        for (Cluster c : List.copyOf(byKey.values())) {
            if (!c.cls.equals("ORGANIZATION") || orgWords(c.mentions.get(0).text).length < 2) {
                continue;
            }
            Cluster other = byOrder.putIfAbsent(orgOrderKey(c.mentions.get(0).text), c);
            if (other != null && other.root() != c.root()) {
                union(other, c, display(c) + " ~ " + display(other)
                        + ": the same name in another order of words or with the country spelt another way");
            }
        }
    }

    /** "Ark." is Arkansas and "Neb." Nebraska when the corpus also names the state in full. */
    private void mergeStateAbbreviations() {
        for (Map.Entry<String, Cluster> e : List.copyOf(byKey.entrySet())) {
            if (!e.getKey().startsWith("PLACE|")) {
                continue;
            }
            String full = STATE_ABBREVIATIONS.get(e.getKey().substring("PLACE|".length()));
            Cluster state = full == null ? null : byKey.get("PLACE|" + full);
            if (state != null) {
                union(state, e.getValue(), display(e.getValue()) + " ~ " + display(state)
                        + ": news-style abbreviation of the state");
            }
        }
    }

    /** A place by its initials, so that "U.S." and "United States" are one: "US". */
    private static String placeInitials(String place) {
        String bare = place.replace(".", "");
        if (ACRONYM.matcher(bare).matches()) {
            return bare;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : place.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    /**
     * An organisation named with its legal form ("Wal-Mart Stores Inc.", "Menatep Group") is the one named without
     * it ("Wal-Mart Stores", "Menatep") when the corpus has that shorter name.
     */
    private void mergeCompanyForms() {
        Map<String, Cluster> byBareName = new HashMap<>();
        for (Cluster c : List.copyOf(byKey.values())) {
            if (!c.cls.equals("ORGANIZATION")) {
                continue;
            }
            String bare = bareCompanyName(c.mentions.get(0).text);
            Cluster other = byBareName.putIfAbsent(bare, c);
            if (other != null && other.root() != c.root()) {
                union(other, c, display(c) + " ~ " + display(other)
                        + ": the same name with or without its legal form, \"&\" or commas");
            }
        }
    }

    /** Opening words of a company's name a source uses alone, with the name they open (name keys). */
    private final Map<String, String> companyOpenings = new LinkedHashMap<>();

    /**
     * The opening words (two or more) of a company a source names with its legal form ("Data Resources Inc.",
     * "Midland Montagu Capital Markets Inc") are that company where the same source writes them alone and NER
     * tagged them as no organisation of their own: Reuters-00054, "said David Wyss of Data Resources Inc." and
     * "Data Resources' Wyss said" (untagged), "said Donald Maude of Midland Montagu Capital Markets Inc." and
     * "Midland Montagu's Maude said" (a place to NER). News names a company in full once, then by its first words.
     * The words must end a name there (no capitalised word after them), and a city, state, country, nationality
     * or person NER saw there stays what it is; an ordinal is taken in (Reuters-00004, "the First Interstate
     * withdrawing its takeover bid" after "First Interstate Bancorp": NER's ordinal "First").
     */
    private void companyOpenings(List<Doc> docs) {
        Set<String> wordsOfFullNames = new HashSet<>();
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                String[] t = m.pronoun || !m.type.equals("PERSON") ? new String[0] : personTokens(m.text);
                if (t.length >= 2) {
                    wordsOfFullNames.addAll(Arrays.asList(t));
                }
            }
        }
        for (Doc d : docs) {
            List<Doc.NMention> companies = new ArrayList<>();
            for (Doc.NMention m : d.mentions) {
                if (!m.pronoun && m.type.equals("ORGANIZATION") && m.tokTo - m.tokFrom >= 3
                        && COMPANY_FORMS.contains(NameVariants.fold(d.toks.get(m.tokTo - 1).word))) {
                    companies.add(m);
                }
            }
            for (Doc.NMention c : companies) {
                List<String> words = new ArrayList<>();
                for (int i = c.tokFrom; i < c.tokTo - 1; i++) {
                    words.add(d.toks.get(i).word);
                }
                for (int n = words.size(); n >= 1; n--) {
                    List<String> opening = words.subList(0, n);
                    if (!opening.stream().allMatch(Names::isCapitalisedWord)) {
                        continue;
                    }
                    for (int i = 0; i + n <= d.toks.size(); i++) {
                        if (!matchesAt(d, i, opening) || d.sents.get(d.toks.get(i).sent).boilerplate != null
                                || i + n < d.toks.size() && d.toks.get(i + n).sent == d.toks.get(i).sent
                                && isCapitalisedWord(d.toks.get(i + n).word)) {
                            continue;
                        }
                        if (n == 1) {
                            if (oneWordOpening(d, i, wordsOfFullNames)) {
                                Doc.NMention m = replaceMentions(d, i, i + 1, "ORGANIZATION");
                                m.retypedWhy = "the first word of " + c.text.strip()
                                        + ", a company this source names in full, used alone as a name";
                                companyOpenings.put(nameKey(m.text), nameKey(c.text));
                            }
                            continue;
                        }
                        boolean free = true;
                        for (int k = i; k < i + n && free; k++) {
                            Doc.NMention t = d.toks.get(k).mention;
                            free = t == null || !t.pronoun && t.tokFrom >= i && t.tokTo <= i + n
                                    && (t.type.equals("LOCATION") || t.type.equals("MISC")
                                    || t.type.equals("ORDINAL"));
                        }
                        if (!free) {
                            continue;
                        }
                        Doc.NMention m = replaceMentions(d, i, i + n, "ORGANIZATION");
                        m.retypedWhy = "the opening words of " + c.text.strip()
                                + ", a company this source names with its legal form";
                        if (n < words.size()) {
                            companyOpenings.put(nameKey(m.text), nameKey(c.text));
                        }
                        i += n - 1;
                    }
                }
            }
        }
    }

    /**
     * Whether the one word at token {@code i} is a company's first word used alone ("Baikal paid 260.75bn roubles"
     * after "Baikal Finance Group", BBC business 314): NER tagged the word alone as a name, of whatever type it
     * chose (a LOCATION in one passage, a PERSON in another), but not as a city, state, country or nationality; a
     * person so tagged has no title or honorific before the word, and no person of the corpus has the word in a full
     * name.
     */
    private static boolean oneWordOpening(Doc d, int i, Set<String> wordsOfFullNames) {
        Doc.NMention t = d.toks.get(i).mention;
        if (t == null || t.pronoun || t.tokFrom != i || t.tokTo != i + 1
                || !(t.type.equals("LOCATION") || t.type.equals("MISC") || t.type.equals("PERSON")
                || t.type.equals("ORGANIZATION"))) {
            return false;
        }
        if (t.type.equals("PERSON")) {
            if (wordsOfFullNames.contains(NameVariants.fold(t.text))) {
                return false;
            }
            if (i > 0 && d.toks.get(i - 1).sent == t.sent) {
                Doc.Tok before = d.toks.get(i - 1);
                String b = NameVariants.fold(before.word).replace(".", "");
                if (Names.isHonorific(b) || Names.TITLE_ABBREVIATIONS.containsKey(b)
                        || before.mention != null && before.mention.type.equals("TITLE")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Joins the opening words {@link #companyOpenings} found to the company they open. */
    private void mergeCompanyOpenings() {
        for (Map.Entry<String, String> e : companyOpenings.entrySet()) {
            Cluster a = byKey.get("ORGANIZATION|" + e.getKey());
            Cluster b = byKey.get("ORGANIZATION|" + e.getValue());
            if (a != null && b != null && a.root() != b.root()) {
                union(b, a, display(a) + " ~ " + display(b) + ": the opening words of a company's name, which the"
                        + " source names in full with its legal form");
            }
        }
    }

    /** Whether a name is a place or nationality: tagged so in the corpus, or by the NER model on its own. */
    private boolean isPlaceName(String name) {
        if (byKey.containsKey("PLACE|" + nameKey(name)) || byKey.containsKey("NATIONALITY|" + nameKey(name))) {
            return true;
        }
        String type = repairs.nerAlone(name);
        return type != null && (PLACE.contains(type) || type.equals("NATIONALITY"));
    }

    /** A name written as one word of two or more capitalised parts: "HuffPost", "FedEx". */
    private static final Pattern CAMEL = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)+");

    /**
     * An organisation named by one word of capitalised parts that open, in order, the words of exactly one longer
     * name of an organisation of the corpus ("HuffPost" / "The Huffington Post", "FedEx" / "Federal Express") is that
     * organisation: the short form a house uses for its own or another's name, the way initials are.
     */
    private void linkContractions() {
        List<Cluster> orgs = byKey.values().stream().filter(c -> c.cls.equals("ORGANIZATION")).toList();
        for (Cluster a : orgs) {
            String text = a.mentions.get(0).text.strip();
            if (!CAMEL.matcher(text).matches()) {
                continue;
            }
            List<Cluster> hits = new ArrayList<>();
            for (Cluster b : orgs) {
                if (b != a && b.root() != a.root() && contracts(text, b.mentions.get(0).text)
                        && hits.stream().noneMatch(h -> h.root() == b.root())) {
                    hits.add(b);
                }
            }
            if (hits.size() == 1) {
                union(hits.get(0), a, text + " = " + hits.get(0).mentions.get(0).text
                        + ": its words shortened and joined");
            }
        }
    }

    /** Whether the parts of {@code word} ("Huff", "Post") open the capitalised words of {@code name} one by one. */
    static boolean contracts(String word, String name) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= word.length(); i++) {
            if (i == word.length() || Character.isUpperCase(word.charAt(i))) {
                parts.add(word.substring(from, i));
                from = i;
            }
        }
        List<String> words = new ArrayList<>(Arrays.asList(name.strip().split("\\s+")));
        if (!words.isEmpty() && words.get(0).equalsIgnoreCase("the")) {
            words.remove(0);
        }
        if (words.size() != parts.size()) {
            return false;
        }
        for (int i = 0; i < parts.size(); i++) {
            String w = words.get(i);
            if (!Character.isUpperCase(w.charAt(0)) || !w.startsWith(parts.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Capitals that are the initials of a person the same source names in full are that person: "The whole essence
     * of what RKS represents is Euroscepticism" (a reader's comment in BBC politics 293, an organisation to NER)
     * after "Robert Kilroy-Silk" (the parts of a hyphenated surname count). Three letters or more, one token; only
     * when exactly one person of the source has those initials (one name, however its hyphen is written) and no name of another kind in the corpus has them
     * (an organisation's "RNC" is the Republican National Committee's, not a person's).
     */
    private void mergeInitialsOfPeople() {
        List<Cluster> people = new ArrayList<>();
        Set<Cluster> seen = new HashSet<>();
        for (Map.Entry<String, Cluster> e : byKey.entrySet()) {
            if (e.getKey().startsWith("PERSON|") && seen.add(e.getValue().root())) {
                people.add(e.getValue().root());
            }
        }
        for (Map.Entry<String, Cluster> e : List.copyOf(byKey.entrySet())) {
            String cls = classOf(e.getKey());
            Cluster c = e.getValue();
            if (!(cls.equals("ORGANIZATION") || cls.equals("MISC")) || c.mentions.isEmpty()) {
                continue;
            }
            String acronym = c.mentions.get(0).text;
            if (!acronym.matches("[A-Z]{3,5}") || c.mentions.stream().anyMatch(m -> !m.text.equals(acronym))) {
                continue;
            }
            boolean otherKind = byKey.entrySet().stream().anyMatch(o -> !o.getKey().startsWith("PERSON|")
                    && o.getValue().root() != c.root() && !people.contains(o.getValue().root())
                    && !o.getValue().mentions.isEmpty()
                    && o.getValue().mentions.stream().noneMatch(m -> m.type.equals("PERSON"))
                    && o.getValue().mentions.get(0).text.contains(" ")
                    && initialsMatch(acronym, o.getValue().mentions.get(0).text));
            if (otherKind) {
                continue;
            }
            Set<Doc> sources = new HashSet<>();
            c.mentions.forEach(m -> sources.add(m.doc));
            Set<Cluster> fits = new LinkedHashSet<>();
            Set<String> spelt = new HashSet<>(); // "Robert Kilroy-Silk" and "Robert Kilroy Silk": one name
            for (Cluster p : people) {
                for (Cluster part : byKey.values()) {
                    if (part.root() != p) {
                        continue;
                    }
                    for (Doc.NMention m : part.mentions) {
                        if (sources.contains(m.doc) && personTokens(m.text).length >= 2
                                && m.text.matches("\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*)+")
                                && initialsMatch(acronym, m.text.replaceAll("\\.", ""))
                                && m.text.split("[\\s-]+").length == acronym.length()) {
                            fits.add(p);
                            spelt.add(String.join(" ", personTokens(m.text.replace('-', ' '))));
                        }
                    }
                }
            }
            if (spelt.size() == 1) {
                for (Doc.NMention m : c.mentions) {
                    m.type = "PERSON";
                }
                for (Cluster p : fits) {
                    union(p, c, acronym + " ~ " + display(p) + ": the initials of a person the source names in full");
                }
            }
        }
    }

    private static final java.util.regex.Pattern INITIALS_AND_WORD =
            java.util.regex.Pattern.compile("([A-Z]{2,5}) (\\p{Lu}\\p{Ll}+)");

    /**
     * An organisation named by the initials of the first words of a longer name and that name's last word written
     * out is that organisation: "PCS Union spokesman Jeff Evans" (BBC politics 210) and "the Public and Commercial
     * Services Union" (365), which the corpus joins to "PCS" and "PCSU" already. The short name is two to five
     * capitals and one capitalised word; the long one ends in the same word and the initials of its other words
     * ("and", "of" … left out or not) are the capitals. Only when exactly one organisation of the corpus fits.
     */
    private void mergeInitialsBeforeTheLastWord() {
        Map<Cluster, String> longNames = new LinkedHashMap<>();
        for (Map.Entry<String, Cluster> e : byKey.entrySet()) {
            Cluster c = e.getValue();
            if (classOf(e.getKey()).equals("ORGANIZATION") && !c.mentions.isEmpty()) {
                for (Doc.NMention m : c.mentions) {
                    if (m.text.split("\\s+").length >= 3) {
                        longNames.putIfAbsent(c.root(), m.text);
                    }
                }
            }
        }
        for (Map.Entry<String, Cluster> e : List.copyOf(byKey.entrySet())) {
            Cluster c = e.getValue();
            if (!classOf(e.getKey()).equals("ORGANIZATION") || c.mentions.isEmpty()) {
                continue;
            }
            Matcher mt = INITIALS_AND_WORD.matcher(c.mentions.get(0).text);
            if (!mt.matches()) {
                continue;
            }
            Set<Cluster> fits = new LinkedHashSet<>();
            for (Map.Entry<Cluster, String> l : longNames.entrySet()) {
                String[] w = l.getValue().split("\\s+");
                if (l.getKey().root() != c.root() && w[w.length - 1].equalsIgnoreCase(mt.group(2))
                        && initialsMatch(mt.group(1), String.join(" ", java.util.Arrays.copyOf(w, w.length - 1)))) {
                    fits.add(l.getKey().root());
                }
            }
            if (fits.size() == 1) {
                Cluster f = fits.iterator().next();
                union(f, c, mt.group() + " ~ " + display(f) + ": the initials of its first words and its last word");
            }
        }
    }

    private static boolean initialsMatch(String acronym, String name) {
        String[] words = name.split("[\\s-]+");
        StringBuilder all = new StringBuilder();
        StringBuilder content = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            all.append(Character.toUpperCase(w.charAt(0)));
            if (!INITIAL_STOP.contains(w.toLowerCase(Locale.ROOT))) {
                content.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return acronym.length() >= 2 && (acronym.contentEquals(all) || acronym.contentEquals(content));
    }

    // ---- spelling variants

    private void mergeVariants() {
        Map<String, List<Map.Entry<String, Cluster>>> byClass = new LinkedHashMap<>();
        for (Map.Entry<String, Cluster> e : byKey.entrySet()) {
            String cls = e.getValue().cls;
            if (NUMERIC.contains(cls) || cls.equals("PERSON")) {
                continue;
            }
            byClass.computeIfAbsent(cls, k -> new ArrayList<>()).add(e);
        }
        List<List<Map.Entry<String, Cluster>>> buckets = new ArrayList<>();
        for (List<Map.Entry<String, Cluster>> list : byClass.values()) {
            Map<Character, List<Map.Entry<String, Cluster>>> byInitial = new LinkedHashMap<>();
            for (Map.Entry<String, Cluster> e : list) {
                String name = nameOf(e.getKey());
                if (!name.isEmpty()) {
                    byInitial.computeIfAbsent(name.charAt(0), k -> new ArrayList<>()).add(e);
                }
            }
            buckets.addAll(byInitial.values());
        }
        for (List<Map.Entry<String, Cluster>> list : buckets) {
            for (int i = 0; i < list.size(); i++) {
                String a = list.get(i).getKey();
                a = nameOf(a);
                for (int j = i + 1; j < list.size(); j++) {
                    String b = list.get(j).getKey();
                    b = nameOf(b);
                    if (Math.abs(a.length() - b.length()) > 2 || a.isEmpty() || b.isEmpty()
                            || a.charAt(0) != b.charAt(0)) {
                        continue;
                    }
                    String why = NameVariants.variant(a, b);
                    if (why != null) {
                        Cluster ca = list.get(i).getValue();
                        Cluster cb = list.get(j).getValue();
                        union(ca, cb, display(cb) + " ~ " + display(ca) + ": " + why);
                    }
                }
            }
        }
    }

    /**
     * NER tags one name as a place in one sentence and as an organisation in another ("Kremlin"). A long one-word name
     * spelt with one letter changed counts too: "Yuganskneftegas" (a LOCATION in BBC business 318) and
     * "Yuganskneftegaz" (an ORGANIZATION in 426), which the spelling-variant merge, within one kind, keeps apart. Only
     * one word of eight letters or more, the same length, one letter replaced or two swapped.
     */
    private void mergeAcrossPlaceAndOrganization() {
        List<Map.Entry<String, Cluster>> orgWords = new ArrayList<>();
        for (Map.Entry<String, Cluster> e : byKey.entrySet()) {
            String name = nameOf(e.getKey());
            if (e.getKey().startsWith("ORGANIZATION|") && name.length() >= 8 && name.matches("\\p{L}+")) {
                orgWords.add(e);
            }
        }
        for (Map.Entry<String, Cluster> e : byKey.entrySet()) {
            if (!e.getKey().startsWith("PLACE|")) {
                continue;
            }
            String name = nameOf(e.getKey());
            Cluster org = byKey.get("ORGANIZATION|" + name);
            if (org != null) {
                union(e.getValue(), org, display(org) + " ~ " + display(e.getValue())
                        + ": same name tagged as organisation and as place");
                continue;
            }
            if (name.length() < 8 || !name.matches("\\p{L}+")) {
                continue;
            }
            for (Map.Entry<String, Cluster> o : orgWords) {
                String other = nameOf(o.getKey());
                if (other.length() == name.length() && other.charAt(0) == name.charAt(0)
                        && (NameVariants.levenshtein(name, other) == 1 || NameVariants.swapped(name, other))) {
                    union(o.getValue(), e.getValue(), display(o.getValue()) + " ~ " + display(e.getValue())
                            + ": one name, one letter spelt otherwise, tagged as organisation and as place");
                }
            }
        }
    }

    /**
     * A full name of two words or more that NER tags a person in one sentence and a place in another is the person's:
     * "Rio Ferdinand told BBC Radio Five Live" (BBC business 242, a LOCATION) and "said Ferdinand" after "Rio
     * Ferdinand has said" (sport 124, a PERSON). A place named after a person has a word of its own ("Kennedy
     * Airport", "Lincoln Memorial"), so the same words are the same name; the place's mentions become the person's.
     */
    private void mergePlacesNamedAsPeople() {
        for (Map.Entry<String, Cluster> e : List.copyOf(byKey.entrySet())) {
            if (!e.getKey().startsWith("PLACE|") || e.getValue().mentions.isEmpty()) {
                continue;
            }
            Doc.NMention first = e.getValue().mentions.get(0);
            String[] words = personTokens(first.text);
            if (words.length < 2 || !first.text.matches("\\p{Lu}[\\p{L}'\u2019-]*(?: \\p{Lu}[\\p{L}'\u2019-]*)+")) {
                continue;
            }
            Cluster person = byKey.get("PERSON|" + String.join(" ", words));
            if (person == null || person.mentions.isEmpty() || person.root() == e.getValue().root()) {
                continue;
            }
            for (Doc.NMention m : e.getValue().mentions) {
                m.type = "PERSON";
            }
            union(person, e.getValue(), display(e.getValue()) + " ~ " + display(person)
                    + ": same full name tagged as person and as place");
        }
    }

    /**
     * A name NER tags MISC in one sentence and as an organisation, a place or a person in another is that entity:
     * "Facebook" of "a Friday Facebook post" (MISC) and of "took to Facebook" (ORGANIZATION) in one story. Only when the
     * name is the same and exactly one entity of those kinds bears it.
     */
    private void mergeMiscIntoNamedEntity() {
        for (Map.Entry<String, Cluster> e : List.copyOf(byKey.entrySet())) {
            if (!e.getKey().startsWith("MISC|")) {
                continue;
            }
            String name = e.getKey().substring("MISC|".length());
            List<Map.Entry<String, Cluster>> named = new ArrayList<>();
            for (String cls : List.of("ORGANIZATION", "PLACE", "PERSON")) {
                Cluster c = byKey.get(cls + "|" + name);
                if (c != null) {
                    named.add(Map.entry(cls, c));
                }
            }
            if (named.size() == 1) {
                Cluster target = named.get(0).getValue();
                union(target, e.getValue(), display(e.getValue()) + " ~ " + display(target) + ": same name tagged "
                        + "MISC in one sentence and " + named.get(0).getKey().toLowerCase(Locale.ROOT)
                        + " in another");
            }
        }
    }

    /** A people named in the plural ("Russians", tagged MISC or NATIONALITY) is the nationality "Russian". */
    private void mergePluralNationalities() {
        for (Map.Entry<String, Cluster> e : List.copyOf(byKey.entrySet())) {
            String key = e.getKey();
            String name = nameOf(key);
            if (!(key.startsWith("MISC|") || key.startsWith("NATIONALITY|")) || !name.endsWith("s")
                    || name.contains(" ")) {
                continue;
            }
            Cluster singular = byKey.get("NATIONALITY|" + name.substring(0, name.length() - 1));
            if (singular != null) {
                union(singular, e.getValue(), display(e.getValue()) + " ~ " + display(singular)
                        + ": plural of the nationality");
            }
        }
    }

    /**
     * A numbered name and its short form by initials are one: "SB 1062" is "Senate Bill 1062" (the same number, and
     * the words before it the initials of the longer name's).
     */
    private void mergeNumberedNames() {
        List<Cluster> numbered = byKey.values().stream().filter(c -> c.cls.equals("MISC") && !c.mentions.isEmpty()
                && c.mentions.get(0).text.matches(".*\\s\\d+")).toList();
        for (Cluster a : numbered) {
            for (Cluster b : numbered) {
                String ta = a.mentions.get(0).text;
                String tb = b.mentions.get(0).text;
                String na = ta.substring(ta.lastIndexOf(' ') + 1);
                String nb = tb.substring(tb.lastIndexOf(' ') + 1);
                String wa = ta.substring(0, ta.lastIndexOf(' '));
                String wb = tb.substring(0, tb.lastIndexOf(' '));
                if (a != b && na.equals(nb) && !wa.contains(" ") && wb.contains(" ") && initialsMatch(wa, wb)) {
                    union(b, a, ta + " ~ " + tb + ": the same number, and the initials of its name");
                }
            }
        }
    }

    /** Classes of the one-word names of a party, faith or movement and of its members. */
    private static final List<String> GROUP_WORD_CLASSES = List.of("IDEOLOGY", "RELIGION", "MISC");

    /**
     * One word naming a party, a faith or a movement, its members in the plural and its adjective in "-ic" are one
     * entity, whatever tag NER gave each: "Republicans" (MISC) are of the "Republican" (IDEOLOGY) party, "The
     * Illinois Democrat" (MISC) of the "Democratic" party, "Muslims" (MISC) of "Muslim" (RELIGION). The singular is
     * looked for among capitalised one-word names of those classes only, so "Arabic" (MISC) is not the nationality
     * "Arab". A one-word organisation that is such a word or its adjective ("Republican Congressional candidates",
     * "the former Democratic representative") joins it too.
     */
    /**
     * A word for a party's member is that party where WordNet's gloss names it and the corpus writes the party's
     * name in another form: "Tory Dominic Grieve" (BBC) beside "the Conservatives", as "Tory" is "a member of political
     * party in Great Britain that has been known as the Conservative Party since 1834". The party's name is looked up
     * as written in the gloss, with "Party", in the plural and alone, and the member word's own plural ("Tories").
     */
    private void mergePartyMembersByGloss() {
        for (Map.Entry<String, Cluster> e : List.copyOf(byKey.entrySet())) {
            String key = e.getKey();
            String cls = classOf(key);
            String name = nameOf(key);
            if (e.getValue().mentions.isEmpty() || !GROUP_WORD_CLASSES.contains(cls) || name.contains(" ")) {
                continue;
            }
            String party = NameSynonyms.partyInMemberGloss(surface(e.getValue().mentions.get(0)));
            if (party == null) {
                continue;
            }
            String p = nameKey(party.strip());
            // the member word's own plural, the party's members as a body ("Tory leader Michael Howard" beside "the
            // Tories", BBC politics 196), an organisation's name
            String plural = name.matches(".*[^aeiou]y") ? name.substring(0, name.length() - 1) + "ies" : name + "s";
            Cluster members = byKey.get("ORGANIZATION|" + plural);
            if (members != null && !members.mentions.isEmpty() && members.root() != e.getValue().root()) {
                union(members, e.getValue(), display(e.getValue()) + " ~ " + display(members)
                        + ": WordNet's member of the " + party.strip() + " Party, and its plural");
            }
            search:
            for (String form : List.of(p + " party", p + "s", p)) {
                if (form.equals(name)) {
                    continue;
                }
                for (String c : List.of("ORGANIZATION", "IDEOLOGY", "RELIGION", "MISC")) {
                    Cluster other = byKey.get(c + "|" + form);
                    if (other != null && !other.mentions.isEmpty() && other.root() != e.getValue().root()) {
                        union(other, e.getValue(), display(e.getValue()) + " ~ " + display(other)
                                + ": WordNet's member of the " + party.strip() + " Party");
                        break search;
                    }
                }
            }
        }
    }

    /**
     * A name whose words are each the start of another name's words, in order, is that name's short form when only
     * one name of the corpus so fits ({@link MentionRepairs#clips}): "Lib Dems" and "Lib Dem" (BBC) are the "Liberal
     * Democrats". Organisations, groups, parties and faiths only; the singular and plural of one long form count as
     * one.
     */
    private void mergeClippedShortForms() {
        for (Map.Entry<String, Cluster> e : List.copyOf(byKey.entrySet())) {
            String key = e.getKey();
            String cls = classOf(key);
            String name = nameOf(key);
            if (!SYNONYM_CLASSES.contains(cls) || e.getValue().mentions.isEmpty() || !name.contains(" ")) {
                continue;
            }
            List<Cluster> fits = new ArrayList<>();
            List<String> longNames = new ArrayList<>();
            for (Map.Entry<String, Cluster> o : byKey.entrySet()) {
                String ok = o.getKey();
                String other = nameOf(ok);
                if (SYNONYM_CLASSES.contains(classOf(ok)) && !o.getValue().mentions.isEmpty()
                        && MentionRepairs.clips(name, other)) {
                    fits.add(o.getValue());
                    longNames.add(other);
                }
            }
            // "Man Utd" clips "Manchester United" and "Man United", already one entity: one long form still
            if (!MentionRepairs.oneLongForm(longNames)
                    && fits.stream().map(Cluster::root).distinct().count() != 1) {
                continue;
            }
            for (Cluster other : fits) {
                if (other.root() != e.getValue().root()) {
                    union(other, e.getValue(), display(e.getValue()) + " ~ " + display(other)
                            + ": a clipped short form, each word the start of the long name's");
                }
            }
        }
    }

    private void mergeMembersOfAGroupName() {
        for (Map.Entry<String, Cluster> e : List.copyOf(byKey.entrySet())) {
            String key = e.getKey();
            String cls = classOf(key);
            String name = nameOf(key);
            if (e.getValue().mentions.isEmpty()) {
                continue;
            }
            Doc.NMention first = e.getValue().mentions.get(0);
            // "the former Democratic representative", "Republican Congressional candidates": an adjective NER tagged
            // as an organisation
            boolean adjective = cls.equals("ORGANIZATION") && first.tokTo - first.tokFrom == 1;
            if (!GROUP_WORD_CLASSES.contains(cls) && !adjective || name.contains(" ") || name.length() < 4
                    || !Character.isUpperCase(first.text.charAt(0))) {
                continue;
            }
            List<String> stems = new ArrayList<>();
            if (adjective) {
                stems.add(name);
            }
            if (name.endsWith("s") && !adjective) {
                stems.add(name.substring(0, name.length() - 1));
            } else if (name.endsWith("ic")) {
                stems.add(name.substring(0, name.length() - 2));
            }
            search:
            for (String stem : stems) {
                for (String c : GROUP_WORD_CLASSES) {
                    Cluster base = byKey.get(c + "|" + stem);
                    if (stem.length() >= 3 && base != null && base != e.getValue() && !base.mentions.isEmpty()
                            && Character.isUpperCase(base.mentions.get(0).text.charAt(0))) {
                        union(base, e.getValue(), display(e.getValue()) + " ~ " + display(base) + ": "
                                + (stem.equals(name) ? "the same word tagged an organisation as an adjective"
                                        : name.endsWith("s") ? "the members named in the plural"
                                        : "the adjective in -ic"));
                        break search;
                    }
                }
            }
        }
    }

    /** Classes of names WordNet may join: organisations, groups, parties and faiths (never people or places). */
    static final Set<String> SYNONYM_CLASSES = Set.of("ORGANIZATION", "MISC", "IDEOLOGY", "RELIGION");

    /**
     * Names of one organisation or group by WordNet ({@link NameSynonyms}): "GOP" is the Republican Party, whose
     * members are "Republicans"; so "GOP" joins "Republican" and "House GOP" joins "House Republican" (names alike
     * but for one word, and that word so related). Places are left out: WordNet puts "Russia" in one synset with the
     * Soviet Union, which a reader keeps apart.
     */
    private void mergeNameSynonyms() {
        record Named(Cluster cluster, String text, List<String> own, List<String> all) {
        }
        List<Named> named = new ArrayList<>();
        Map<String, List<Named>> byOwn = new HashMap<>();
        for (Map.Entry<String, Cluster> e : List.copyOf(byKey.entrySet())) {
            String key = e.getKey();
            Cluster c = e.getValue();
            if (!SYNONYM_CLASSES.contains(classOf(key)) || c.mentions.isEmpty()) {
                continue;
            }
            // a party as BBC style writes it ("the Labour party") is the name WordNet writes "Labour Party"
            String text = NameSynonyms.partyCapitalised(
                    surface(c.mentions.get(0)).replaceFirst("^(?i)the\\s+", ""));
            String[] words = text.split("\\s+");
            if (words.length > 4 || !Character.isUpperCase(text.charAt(0))) {
                continue;
            }
            List<String> own = new ArrayList<>();
            List<String> all = new ArrayList<>();
            for (int i = 0; i < words.length; i++) {
                String[] rest = words.clone();
                for (Long o : NameSynonyms.own(words[i])) {
                    rest[i] = "#" + o;
                    own.add(NameVariants.fold(String.join(" ", rest)));
                }
                for (Long o : NameSynonyms.groups(words[i])) {
                    rest[i] = "#" + o;
                    all.add(NameVariants.fold(String.join(" ", rest)));
                }
            }
            if (words.length > 1) {
                for (Long o : NameSynonyms.own(text)) {
                    own.add("#" + o);
                }
                for (Long o : NameSynonyms.groups(text)) {
                    all.add("#" + o);
                }
            }
            all.addAll(own);
            if (all.isEmpty()) {
                continue;
            }
            Named n = new Named(c, text, own, all);
            named.add(n);
            for (String k : own) {
                byOwn.computeIfAbsent(k, x -> new ArrayList<>()).add(n);
            }
        }
        for (Named n : named) {
            for (String k : n.all()) {
                for (Named m : byOwn.getOrDefault(k, List.of())) {
                    if (m.cluster().root() == n.cluster().root()) {
                        continue;
                    }
                    String why = NameSynonyms.relation(m.text(), n.text());
                    if (why == null) {
                        why = "alike but for a word WordNet relates";
                    }
                    union(m.cluster(), n.cluster(), display(n.cluster()) + " ~ " + display(m.cluster()) + ": " + why);
                }
            }
        }
    }

    /**
     * An organisation's name and "party" after it are one organisation ("Labour" and "the Labour party", BBC
     * politics 200): a party is named with or without the word, in any case. The name without it must be a row of
     * an organisation or group of its own (not a person's or a place's: "Boston Tea Party" stays apart from Boston).
     */
    private void mergePartyNames() {
        for (Map.Entry<String, Cluster> e : List.copyOf(byKey.entrySet())) {
            String key = e.getKey();
            String cls = classOf(key);
            String name = nameOf(key);
            if (!SYNONYM_CLASSES.contains(cls) || !name.endsWith(" party") || e.getValue().mentions.isEmpty()) {
                continue;
            }
            String bare = name.substring(0, name.length() - " party".length());
            if (bare.isBlank()) {
                continue;
            }
            for (String c : SYNONYM_CLASSES) {
                Cluster other = byKey.get(c + "|" + bare);
                if (other != null && !other.mentions.isEmpty() && other.root() != e.getValue().root()) {
                    union(other, e.getValue(), display(e.getValue()) + " ~ " + display(other)
                            + ": the organisation's name with \"party\"");
                }
            }
        }
    }

    /**
     * A title of two words or more is another title of the corpus when WordNet completes it with one noun into a
     * synonym of that title: "the group's chief executive, Barry Rand" (the NYT) and "AARP CEO Barry Rand" (Fox):
     * "chief executive officer" and "CEO" are one synset.
     */
    private void mergeTitlesCutOfTheirNoun() {
        List<Map.Entry<String, Cluster>> titles = byKey.entrySet().stream()
                .filter(e -> e.getKey().startsWith("TITLE|") && !e.getValue().mentions.isEmpty()).toList();
        for (Map.Entry<String, Cluster> a : titles) {
            String shorter = a.getKey().substring("TITLE|".length());
            if (shorter.split(" ").length < 2) {
                continue;
            }
            for (Map.Entry<String, Cluster> b : titles) {
                if (a.getValue().root() == b.getValue().root()) {
                    continue;
                }
                String other = surface(b.getValue().mentions.get(0));
                String full = NameSynonyms.personNounCompleting(shorter, other);
                if (full != null) {
                    union(b.getValue(), a.getValue(), display(a.getValue()) + " ~ " + display(b.getValue())
                            + ": WordNet's \"" + full + "\" completes the first and is one synset with the second");
                }
            }
        }
    }

    /**
     * A title written after the name of an organisation of the corpus is the title without it when the corpus has
     * that one too: "House Speaker John Boehner" (Fox) and "Speaker John A. Boehner" (NYT), with the House named
     * in the corpus. Titles here are roles, as "leader" already is for every leader of the corpus.
     */
    private void mergeTitlesAfterAnOrganisation() {
        for (Map.Entry<String, Cluster> e : List.copyOf(byKey.entrySet())) {
            if (!e.getKey().startsWith("TITLE|")) {
                continue;
            }
            String[] w = e.getKey().substring("TITLE|".length()).split(" ");
            for (int k = 1; k < w.length; k++) {
                String org = String.join(" ", Arrays.copyOfRange(w, 0, k));
                Cluster bare = byKey.get("TITLE|" + String.join(" ", Arrays.copyOfRange(w, k, w.length)));
                Cluster named = byKey.get("ORGANIZATION|" + org);
                if (bare != null && named != null && bare.root() != e.getValue().root()) {
                    union(bare, e.getValue(), display(e.getValue()) + " ~ " + display(bare)
                            + ": the title after the name of an organisation of the corpus (" + display(named) + ")");
                    break;
                }
            }
        }
    }

    /**
     * Names of one place by WordNet: two place names are one when each names exactly one place in WordNet and it
     * is the same synset ("America", "U.S." and "United States"; "Burma" and "Myanmar"). A name WordNet gives
     * several places for ("Russia": the Soviet Union and the Russian Federation among them; "Georgia": the state
     * and the country) joins nothing this way: which one the writer means is not settled by the name.
     */
    private void mergePlaceSynonyms() {
        Map<Long, Cluster> byPlace = new HashMap<>();
        for (Map.Entry<String, Cluster> e : List.copyOf(byKey.entrySet())) {
            Cluster c = e.getValue();
            if (!e.getKey().startsWith("PLACE|") || c.mentions.isEmpty()) {
                continue;
            }
            String text = surface(c.mentions.get(0)).replaceAll("['\u2019]s$", "").replaceFirst("^(?i)the\\s+", "");
            Long place = NameSynonyms.onlyPlace(text);
            if (place == null) {
                continue;
            }
            Cluster other = byPlace.putIfAbsent(place, c);
            if (other != null && other.root() != c.root()) {
                union(other, c, display(c) + " ~ " + display(other) + ": one WordNet place ("
                        + NameSynonyms.placeWords(place) + "), the only place WordNet gives each name");
            }
        }
    }

    /**
     * A word tagged MISC that is one letter off a nationality of the corpus ("Ukranian" beside "Ukrainian") is that
     * nationality misspelt: NER does not know the misspelling, the reader does.
     */
    private void mergeMisspeltNationalities() {
        List<Map.Entry<String, Cluster>> nationalities = byKey.entrySet().stream()
                .filter(e -> e.getKey().startsWith("NATIONALITY|")).toList();
        for (Map.Entry<String, Cluster> e : List.copyOf(byKey.entrySet())) {
            if (!e.getKey().startsWith("MISC|")) {
                continue;
            }
            String name = e.getKey().substring("MISC|".length());
            if (name.length() < 6 || name.contains(" ")) {
                continue;
            }
            for (Map.Entry<String, Cluster> n : nationalities) {
                String nat = n.getKey().substring("NATIONALITY|".length());
                if (nat.charAt(0) == name.charAt(0) && Math.abs(nat.length() - name.length()) <= 1
                        && NameVariants.levenshtein(nat, name) == 1) {
                    union(n.getValue(), e.getValue(), display(e.getValue()) + " ~ " + display(n.getValue())
                            + ": the nationality misspelt by one letter");
                    break;
                }
            }
        }
    }

    // ---- people

    private List<Cluster> personFull() {
        return byKey.values().stream().filter(c -> c.cls.equals("PERSON")).toList();
    }

    /** The word (and its full stop) right before a name and one space: "Mr " in "Mr Baez Silva". */
    private static final java.util.regex.Pattern WORD_BEFORE = java.util.regex.Pattern.compile("(\\p{L}+)\\.? $");

    /** Honorifics that stand before a surname ("Mr Baez Silva"), never before a first name alone. */
    private static final Set<String> SURNAME_HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr");

    /**
     * A surname of two words: a two-word name that a source writes after an honorific ("Mr Baez Silva estimated"),
     * the last two words of a longer full name in the same source ("said Carlos Baez Silva, president of AARA", BBC
     * business 330, one row and five mentions apart), is that person. An honorific goes before a surname, so the two
     * words are a surname, not a first and a last name.
     */
    private void mergeTwoWordSurnames() {
        List<Cluster> people = personFull();
        for (Cluster two : people) {
            String[] t = personTokens(two.mentions.get(0).text);
            if (t.length != 2) {
                continue;
            }
            Set<String> sources = new HashSet<>();
            for (Doc.NMention m : two.mentions) {
                String before = m.doc.body.text().substring(Math.max(0, m.start - 6), m.start);
                java.util.regex.Matcher h = WORD_BEFORE.matcher(before);
                if (!m.pronoun && h.find() && SURNAME_HONORIFICS.contains(h.group(1).toLowerCase(Locale.ROOT))) {
                    sources.add(m.doc.id());
                }
            }
            if (sources.isEmpty()) {
                continue;
            }
            for (Cluster longer : people) {
                String[] u = personTokens(longer.mentions.get(0).text);
                if (longer.root() == two.root() || u.length < 3 || !u[u.length - 2].equals(t[0])
                        || !u[u.length - 1].equals(t[1])
                        || longer.mentions.stream().noneMatch(m -> sources.contains(m.doc.id()))) {
                    continue;
                }
                union(longer, two, display(two) + " ~ " + display(longer) + ": a surname of two words, after an "
                        + "honorific, ending the full name in the same source");
                break;
            }
        }
    }

    /** Full names with the same (or variant) first and last name are one person. */
    private void mergeFullNames() {
        List<Cluster> full = personFull();
        Map<Character, List<Integer>> bySurnameInitial = new HashMap<>();
        List<String[]> tokens = new ArrayList<>();
        for (int i = 0; i < full.size(); i++) {
            String[] t = personTokens(full.get(i).mentions.get(0).text);
            tokens.add(t);
            if (t.length >= 2 && !NameVariants.romanised(t[t.length - 1]).isEmpty()) {
                bySurnameInitial.computeIfAbsent(NameVariants.romanised(t[t.length - 1]).charAt(0),
                        k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> bucket : bySurnameInitial.values()) {
            for (int x = 0; x < bucket.size(); x++) {
                int i = bucket.get(x);
                String[] a = tokens.get(i);
                for (int y = x + 1; y < bucket.size(); y++) {
                    int j = bucket.get(y);
                    String[] b = tokens.get(j);
                    String last = sameOrVariant(a[a.length - 1], b[b.length - 1]);
                    if (last == null) {
                        continue;
                    }
                    String first = sameOrVariant(a[0], b[0]);
                    if (first == null) {
                        first = NameVariants.shortForm(a[0], b[0]);
                    }
                    if (first == null) {
                        first = NameVariants.initialCOrK(a[0], b[0]); // "Costas" / "Kostas Kenteris"
                    }
                    if (first == null) {
                        // "A. Barry Rand" / "Barry Rand": a leading initial, then the first name the other gives
                        String fa = firstAfterInitial(a);
                        String fb = firstAfterInitial(b);
                        if (fa != null && fa.equals(b[0]) || fb != null && fb.equals(a[0])) {
                            first = "a leading initial before the same first name";
                        } else if (fa != null && NameVariants.shortForm(fa, b[0]) != null
                                || fb != null && NameVariants.shortForm(fb, a[0]) != null) {
                            first = "a leading initial before the first name, " + (fa != null
                                    ? NameVariants.shortForm(fa, b[0]) : NameVariants.shortForm(fb, a[0]));
                        }
                    }
                    if (first == null) {
                        continue;
                    }
                    String why = !first.isEmpty() ? first : !last.isEmpty() ? last : "same first and last name";
                    Cluster ca = full.get(i);
                    Cluster cb = full.get(j);
                    if (otherGeneration(ca.mentions.get(0).text, cb.mentions.get(0).text)) {
                        continue; // "Jesse L. Jackson Jr." is not his father "Jesse Jackson"
                    }
                    union(ca, cb, display(cb) + " ~ " + display(ca) + ": " + why);
                }
            }
        }
    }

    /** Whether a possessive "'s" follows the mention ("Mr Ebber's lawyers"). */
    private static boolean possessiveAfter(Doc.NMention m) {
        return m.tokTo < m.doc.toks.size() && m.doc.toks.get(m.tokTo).sent == m.doc.toks.get(m.tokTo - 1).sent
                && (m.doc.toks.get(m.tokTo).word.equals("'s") || m.doc.toks.get(m.tokTo).word.equals("\u2019s"));
    }

    /**
     * The first name after a leading initial ("barry" of "a barry rand", folded), when the name has one and goes on
     * with a first name and a surname; null otherwise.
     */
    private static String firstAfterInitial(String[] t) {
        return t.length >= 3 && t[0].length() == 1 && t[1].length() > 1 ? t[1] : null;
    }

    /**
     * Whether one source writes both spellings of a surname on their own, the lone one twice or more ("Reagan" a
     * dozen times beside "Donald Regan" and "Regan, expected to resign"): a writer who keeps to two spellings names
     * two people, not one with a slip or a transliteration.
     */
    private static boolean bothSpellingsAlone(Doc doc, String fullSurname, String lone) {
        int loneCount = 0;
        boolean fullAlone = false;
        for (Doc.NMention x : doc.mentions) {
            if (x.pronoun) {
                continue;
            }
            String[] xt = personTokens(x.text);
            if (xt.length != 1) {
                continue;
            }
            if (xt[0].equals(lone)) {
                loneCount++;
            } else if (xt[0].equals(fullSurname)) {
                fullAlone = true;
            }
        }
        return fullAlone && loneCount >= 2;
    }

    /** "" when equal, the variant reason when variants, null otherwise. */
    private static String sameOrVariant(String a, String b) {
        if (a.equals(b)) {
            return "";
        }
        return NameVariants.variant(a, b);
    }

    /**
     * The one person of the corpus (by the surname index) named in full with surname {@code surname} (or a variant of
     * it) after the title {@code title}, and that naming ("Title First Last"); null when there is none or more than
     * one.
     */
    private static Map.Entry<Cluster, Doc.NMention> onlyNamedInFullWithTitle(
            Map<Character, List<Cluster>> surnameIndex, String surname, String title) {
        List<Cluster> withTitle = new ArrayList<>();
        Doc.NMention titledFull = null;
        for (Cluster c : surnameIndex.getOrDefault(surname.charAt(0), List.of())) {
            String[] ft = personTokens(c.mentions.get(0).text);
            if (sameOrVariant(ft[ft.length - 1], surname) == null || withTitle.contains(c.root())) {
                continue;
            }
            for (Doc.NMention f : c.mentions) {
                if (titled(f) && titleKey(f.doc.toks.get(f.tokFrom - 1).word).equals(title)
                        && personTokens(f.text).length >= 2) {
                    withTitle.add(c.root());
                    titledFull = f;
                    break;
                }
            }
        }
        return withTitle.size() == 1 ? Map.entry(withTitle.get(0), titledFull) : null;
    }

    /**
     * A lone surname is the person of that surname named in full in the same source (the nearest one before it
     * when several are), else the only such person in the corpus; otherwise it stays a person of its own.
     */
    private void resolveSingles(List<Doc> docs, List<Doc.NMention> singles) {
        Map<Character, List<Cluster>> surnameIndex = new HashMap<>();
        Map<String, List<Cluster>> firstNameIndex = new HashMap<>();
        for (Cluster c : personFull()) {
            String[] ft = personTokens(c.mentions.get(0).text);
            if (ft.length >= 2 && !ft[ft.length - 1].isEmpty()) {
                surnameIndex.computeIfAbsent(ft[ft.length - 1].charAt(0), k -> new ArrayList<>()).add(c);
                firstNameIndex.computeIfAbsent(ft[0], k -> new ArrayList<>()).add(c);
            }
        }
        // per source, the surnames a title joined to a person named in full elsewhere ("President Obama")
        Map<Doc, Map<String, Map.Entry<Cluster, String>>> titledInDoc = new HashMap<>();
        // per surname and title, the only person's titled full naming, looked up once
        Map<String, java.util.Optional<Map.Entry<Cluster, Doc.NMention>>> onlyTitled = new HashMap<>();
        for (Doc.NMention m : singles) {
            String[] st = personTokens(m.text);
            if (st.length == 0 || st[0].isEmpty()) {
                attach(m, key(m));
                continue;
            }
            String s = st[0];
            // "President Obama": the one person of the corpus named in full with this surname and the same title
            // ("President Barack Obama"), by news convention the title of the first naming, kept after it
            String title = titled(m) ? titleKey(m.doc.toks.get(m.tokFrom - 1).word) : null;
            Map.Entry<Cluster, Doc.NMention> only = title == null ? null : onlyTitled.computeIfAbsent(s + "|" + title,
                    k -> java.util.Optional.ofNullable(onlyNamedInFullWithTitle(surnameIndex, s, title))).orElse(null);
            if (only != null) {
                Doc.NMention titledFull = only.getValue();
                titledInDoc.computeIfAbsent(m.doc, k -> new HashMap<>()).putIfAbsent(s,
                        Map.entry(only.getKey(), m.doc.toks.get(m.tokFrom - 1).word + " " + m.text));
                attachSingle(m, only.getKey(), titledFull.text, null, "title and surname of the only person "
                        + "the corpus names in full with that title (" + titledFull.doc.toks.get(
                                titledFull.tokFrom - 1).word + " " + titledFull.text + ", " + titledFull.doc.id()
                        + ")");
                continue;
            }
            // the people of the source named in full with this surname, each where it is first named
            Map<Cluster, Doc.NMention> named = new LinkedHashMap<>();
            Map<Cluster, String> namedWhy = new HashMap<>();
            for (Doc.NMention f : m.doc.mentions) {
                if (f.pronoun || f.cluster == null || !f.cluster.cls.equals("PERSON")) {
                    continue;
                }
                String[] ft = personTokens(f.text);
                if (ft.length < 2) {
                    continue;
                }
                String why = sameOrVariant(ft[ft.length - 1], s);
                if (why == null && ft[ft.length - 1].equals(s + "s") && possessiveAfter(m)) {
                    // "Mr Ebber's lawyers" beside "Bernie Ebbers": the possessive of a surname ending in "s"
                    // written with "'s" after the name cut of its "s" (the writer's "Ebbers'" or "Ebbers's")
                    why = "the possessive of the surname, its last \"s\" taken for the possessive's";
                }
                if (why != null && !why.isEmpty() && bothSpellingsAlone(m.doc, ft[ft.length - 1], s)) {
                    continue;
                }
                if (why != null && !named.containsKey(f.cluster.root())) {
                    named.put(f.cluster.root(), f);
                    namedWhy.put(f.cluster.root(), why);
                }
            }
            // no one the surname cannot be: a person of the other gender than its "Mr."/"Mrs.", or one first named
            // in full after a "President Obama" (by news convention the first naming is the full one, so a title
            // and surname before it are someone else: "President Obama's daughters" before "Sasha and Malia Obama")
            List<Doc.NMention> namedBefore = List.copyOf(named.values());
            boolean ruledOut = named.values().removeIf(f -> cannotBe(m, f));
            Doc.NMention listWrong = ruledOut && named.isEmpty() && namedBefore.size() == 1
                    ? namedBefore.get(0) : null;
            if (listWrong != null && honorificOutweighsFirstName(docs, m, listWrong, s, surnameIndex)) {
                attachSingle(m, listWrong.cluster, listWrong.text, namedWhy.get(listWrong.cluster.root()),
                        "surname of the full name in " + m.doc.id() + ": the honorific gives the gender ("
                                + honorificGender(m).toLowerCase(Locale.ROOT) + "), not the list of first names; "
                                + "every honorific of this surname in the corpus agrees, and the corpus names one "
                                + "person of this surname in full");
                continue;
            }
            if (ruledOut && named.isEmpty()) {
                // nor is it then the person of that surname elsewhere in the corpus, on no other evidence; an
                // honorific is such evidence when exactly one person of the corpus so named is of its gender
                // ("Mr. Obama" in a report naming only his daughters in full, "Barack Obama" in another)
                String g = honorificGender(m);
                Map.Entry<Cluster, String> sameSource = titledInDoc.getOrDefault(m.doc, Map.of()).get(s);
                if (sameSource != null && (g == null || sameSource.getKey().root().mentions.stream()
                        .noneMatch(x -> personTokens(x.text).length >= 2 && genderOf(x.text) != null
                                && !g.equals(genderOf(x.text))))) {
                    attachSingle(m, sameSource.getKey(), sameSource.getValue(), null, "surname of the person "
                            + m.doc.id() + " names \"" + sameSource.getValue() + "\" before it");
                    continue;
                }
                List<Cluster> fit = new ArrayList<>();
                String fitName = null;
                for (Cluster c : g == null ? List.<Cluster>of() : surnameIndex.getOrDefault(s.charAt(0), List.of())) {
                    String name = c.mentions.get(0).text;
                    String[] ft = personTokens(name);
                    if (sameOrVariant(ft[ft.length - 1], s) != null && g.equals(genderOf(name))
                            && !fit.contains(c.root())) {
                        fit.add(c.root());
                        fitName = name;
                    }
                }
                if (fit.size() == 1) {
                    attachSingle(m, fit.get(0), fitName, null, "surname with an honorific of the gender of the only "
                            + "person so named in the corpus who is of that gender (" + g.toLowerCase(Locale.ROOT)
                            + ")");
                } else {
                    attach(m, key(m));
                }
                continue;
            }
            if (named.size() == 1) {
                Doc.NMention f = named.values().iterator().next();
                attachSingle(m, f.cluster, f.text, namedWhy.get(f.cluster.root()),
                        "surname of the full name in " + m.doc.id());
                continue;
            }
            if (named.size() > 1) {
                Doc.NMention alone = lastCalledBySurnameAlone(m, named);
                if (alone != null) {
                    Doc.NMention f = named.get(alone.cluster.root());
                    attachSingle(m, f.cluster, f.text, namedWhy.get(f.cluster.root()), "surname of " + named.size()
                            + " people named in full in " + m.doc.id() + " ("
                            + String.join(", ", named.values().stream().map(x -> x.text).toList()) + "): "
                            + "the one the source last named, and by the surname alone (\"" + alone.text
                            + "\", at " + alone.start + ")");
                    continue;
                }
                Doc.NMention f = sharedSurname(m, named.values());
                attachSingle(m, f.cluster, f.text, namedWhy.get(f.cluster.root()), "surname of " + named.size()
                        + " people named in full in " + m.doc.id() + " ("
                        + String.join(", ", named.values().stream().map(x -> x.text).toList()) + "): "
                        + (honorificGender(m) != null ? "of those the honorific fits, " : "")
                        + "the one named first (the others are named in full)");
                continue;
            }
            // a first name alone ("Dick" after "Dick Blumenthal"): the one person of the source with that first name
            List<Cluster> byFirst = new ArrayList<>();
            String firstText = null;
            for (Doc.NMention f : m.doc.mentions) {
                if (f.pronoun || f.cluster == null || !f.cluster.cls.equals("PERSON")) {
                    continue;
                }
                String[] ft = personTokens(f.text);
                if (ft.length >= 2 && ft[0].equals(s) && byFirst.stream().noneMatch(c -> c == f.cluster.root())) {
                    byFirst.add(f.cluster.root());
                    firstText = f.text;
                }
            }
            if (byFirst.size() == 1) {
                attachSingle(m, byFirst.get(0), firstText, null,
                        "first name of the only person so named in " + m.doc.id());
                continue;
            }
            Doc.NMention lastByFirst = byFirst.size() > 1 ? lastCalledByFirstName(m, byFirst, s) : null;
            if (lastByFirst != null) {
                attachSingle(m, lastByFirst.cluster.root(), lastByFirst.text, null, "first name of "
                        + byFirst.size() + " people named in " + m.doc.id() + ": the one the source last called by "
                        + "it (\"" + lastByFirst.text + "\", at " + lastByFirst.start + ")");
                continue;
            }
            List<Cluster> roots = new ArrayList<>();
            String rootWhy = null;
            String rootName = null;
            for (Cluster c : surnameIndex.getOrDefault(s.charAt(0), List.of())) {
                String[] ft = personTokens(c.mentions.get(0).text);
                String why = sameOrVariant(ft[ft.length - 1], s);
                if (why != null && !why.isEmpty() && bothSpellingsAlone(m.doc, ft[ft.length - 1], s)) {
                    continue;
                }
                if (why != null && roots.stream().noneMatch(r -> r == c.root())) {
                    roots.add(c.root());
                    rootWhy = why;
                    rootName = c.mentions.get(0).text;
                }
            }
            // unless the source's own pronouns for the surname give the other gender than that person's first name
            // ("President Obama … He …" in one report, "Michelle Obama" the only Obama named in full in another)
            String pronounGender = roots.size() == 1 ? pronounGenderOfSurname(m.doc, s) : null;
            if (roots.size() == 1 && (pronounGender == null || genderOf(rootName) == null
                    || pronounGender.equals(genderOf(rootName)))) {
                attachSingle(m, roots.get(0), rootName, rootWhy, "surname of the only person so named in the corpus");
                continue;
            }
            // a first name alone that is no one's surname: the one person of the corpus with that first name
            // ("Sasha" in one outlet, "Sasha Obama" in the others)
            List<Cluster> firstRoots = new ArrayList<>();
            String firstName = null;
            if (roots.isEmpty()) {
                for (Cluster c : firstNameIndex.getOrDefault(s, List.of())) {
                    if (firstRoots.stream().noneMatch(r -> r == c.root())) {
                        firstRoots.add(c.root());
                        firstName = c.mentions.get(0).text;
                    }
                }
            }
            if (firstRoots.size() == 1) {
                attachSingle(m, firstRoots.get(0), firstName, null, "first name of the only person so named in the "
                        + "corpus");
            } else {
                attach(m, key(m));
            }
        }
        // lone names with no full form: variants of one another
        List<Cluster> lone = byKey.values().stream()
                .filter(c -> c.cls.equals("PERSON") && c.mentions.size() > 0
                        && personTokens(c.mentions.get(0).text).length == 1).toList();
        List<String> loneNames = lone.stream().map(c -> personTokens(c.mentions.get(0).text)[0]).toList();
        for (int i = 0; i < lone.size(); i++) {
            for (int j = i + 1; j < lone.size(); j++) {
                String a = loneNames.get(i);
                String b = loneNames.get(j);
                if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)
                        || Math.abs(a.length() - b.length()) > 2) {
                    continue;
                }
                String why = NameVariants.variant(a, b);
                if (why != null) {
                    union(lone.get(i), lone.get(j), display(lone.get(j)) + " ~ " + display(lone.get(i)) + ": " + why);
                }
            }
        }
    }

    /**
     * Whether an honorific that disagrees with CoreNLP's list of first names ("Ms. Bachmann" after "Michele
     * Bachmann": the list has Michele as a man's name) still makes the surname that person: the corpus names exactly
     * one person of the surname in full; the honorific disagrees with the list only by gender (the surname does not
     * come before the full naming); no mention of the surname anywhere carries an honorific of the list's gender (as
     * "Mr. Clinton" beside "Mrs. Clinton" would: two people); and none carries a title before that person is named
     * in full in its source ("President Obama's daughters" before "Sasha and Malia Obama": the father, not Malia).
     */
    private boolean honorificOutweighsFirstName(List<Doc> docs, Doc.NMention m, Doc.NMention f, String surname,
                                                Map<Character, List<Cluster>> surnameIndex) {
        String g = honorificGender(m);
        String fg = genderOf(f.text);
        if (g == null || fg == null || g.equals(fg) || m.start < f.start && !m.inQuote) {
            return false;
        }
        Set<Cluster> full = new HashSet<>();
        for (Cluster c : surnameIndex.getOrDefault(surname.charAt(0), List.of())) {
            String[] ft = personTokens(c.mentions.get(0).text);
            if (sameOrVariant(ft[ft.length - 1], surname) != null) {
                full.add(c.root());
            }
        }
        boolean oneNamedInFull = full.size() == 1 && full.contains(f.cluster.root());
        if (!oneNamedInFull && !TRACE) {
            return false;
        }
        boolean noListGender = true;
        boolean noTitleBefore = true;
        for (Doc d : docs) {
            int firstFull = Integer.MAX_VALUE;
            for (Doc.NMention x : d.mentions) {
                if (!x.pronoun && x.cluster != null && x.cluster.root() == f.cluster.root()
                        && personTokens(x.text).length >= 2) {
                    firstFull = Math.min(firstFull, x.start);
                }
            }
            for (Doc.NMention x : d.mentions) {
                String[] xt = x.pronoun ? new String[0] : personTokens(x.text);
                if (xt.length == 0 || sameOrVariant(xt[xt.length - 1], surname) == null) {
                    continue;
                }
                if (fg.equals(honorificGender(x))) {
                    noListGender = false;
                }
                if (xt.length == 1 && titled(x) && x.start < firstFull && !x.inQuote) {
                    noTitleBefore = false;
                }
            }
        }
        if (TRACE) {
            System.err.println("trace-honorific\t" + m.doc.id() + "\t" + m.doc.toks.get(Math.max(0, m.tokFrom - 1)).word
                    + " " + m.text + "\t" + f.text + "\tone-in-full=" + oneNamedInFull + "\tno-list-gender="
                    + noListGender + "\tno-title-before=" + noTitleBefore);
        }
        return oneNamedInFull && noListGender && noTitleBefore;
    }

    /**
     * With the system property {@code crosscheck.trace} set, the rules whose settings were chosen by reading (the
     * WordNet-capital rule's count, the honorific rule's conditions) print each case they weigh to standard error,
     * with the counts and conditions, so that other settings can be measured from one run.
     */
    static final boolean TRACE = Boolean.getBoolean("crosscheck.trace");

    /**
     * A surname that several people of one source share is, by news convention, the person the story named first:
     * once a second person of that surname comes in, the writer names that one in full or by first name (Bill
     * Clinton, then "Hillary Clinton's run", then "Clinton called him"). An honorific before the surname ("Mr.",
     * "Mrs.", "Ms.") narrows the choice to the people of that gender by first name.
     */
    private static Doc.NMention sharedSurname(Doc.NMention m, java.util.Collection<Doc.NMention> named) {
        String g = honorificGender(m);
        List<Doc.NMention> fit = named.stream().filter(f -> g == null || g.equals(genderOf(f.text))).toList();
        List<Doc.NMention> from = fit.isEmpty() ? List.copyOf(named) : fit;
        return from.stream().min(Comparator.comparingInt(f -> f.start)).orElseThrow();
    }

    /**
     * Of several people a source names in full with one surname, the one a lone surname is when the last mention of
     * any of them before it is that one called by the surname alone (a title or honorific before it counts as
     * alone): having named the second person in full, the writer who then calls that one "Treasury Secretary Baker"
     * goes on with "Baker" for the same person until the other is named again (Reuters-21578 00854: "Treasury
     * Secretary James Baker", then Howard Baker in full, then "Volcker works very closely with Treasury Secretary
     * Baker …", "an indication of Baker's support for the Fed chairman", "Baker is understood to have played a key
     * role"). When the last mention is a full name, or a first name alone ("He and his wife, Sandra, had agreed to
     * plead guilty … Jackson's guilty plea", Fox 2013_f506aafc: the husband's, Jesse Jackson Jr., named first), the
     * convention of the first named holds ({@link #sharedSurname}).
     * An honorific of the other gender than that person's first name rules the choice out. Null when none.
     */
    private static Doc.NMention lastCalledBySurnameAlone(Doc.NMention m, Map<Cluster, Doc.NMention> named) {
        Doc.NMention last = lastNamedBefore(m, x -> named.containsKey(x.cluster.root()));
        if (last == null || personTokens(last.text).length != 1
                || sameOrVariant(personTokens(last.text)[0], personTokens(m.text)[0]) == null) {
            return null;
        }
        String g = honorificGender(m);
        String fg = genderOf(named.get(last.cluster.root()).text);
        return g != null && fg != null && !g.equals(fg) ? null : last;
    }

    /**
     * Of several people a source names in full with one first name, the one a lone first name is: the last one the
     * source called by that first name before it, in full or alone ("… a dispute between Ken Livingstone and a
     * reporter …" then ""Ken doesn't think he's got anything to say sorry for …"" and ""But here's old Ken - …"",
     * BBC politics 075, where Ken Bigley, a hostage, is named in full before and "Mr Bigley" between the two).
     * A first name is how one speaks of the person just talked about, not of the one named first. Null when none
     * came before.
     */
    private static Doc.NMention lastCalledByFirstName(Doc.NMention m, List<Cluster> byFirst, String first) {
        return lastNamedBefore(m, x -> {
            String[] xt = personTokens(x.text);
            return byFirst.contains(x.cluster.root()) && xt.length >= 1 && xt[0].equals(first);
        });
    }

    /**
     * The last mention before {@code m} in its document that is no pronoun, belongs to a cluster and that {@code keep}
     * accepts (the latest by start, whatever the order of the document's mentions); null when none.
     */
    private static Doc.NMention lastNamedBefore(Doc.NMention m, java.util.function.Predicate<Doc.NMention> keep) {
        Doc.NMention last = null;
        for (Doc.NMention x : m.doc.mentions) {
            if (x.start < m.start && !x.pronoun && x.cluster != null && (last == null || x.start > last.start)
                    && keep.test(x)) {
                last = x;
            }
        }
        return last;
    }

    /**
     * Whether the lone surname {@code m} cannot be the person first named in full at {@code f}: its honorific gives
     * the other gender than the first name, or it comes before that full naming, outside quotation marks, with a
     * title or honorific of its own.
     */
    static boolean cannotBe(Doc.NMention m, Doc.NMention f) {
        String g = honorificGender(m);
        String fg = genderOf(f.text);
        if (g != null && fg != null && !g.equals(fg)) {
            return true;
        }
        // the convention is the writer's: a quotation may name someone by title and surname before the writer
        // names him in full ("“… what Vice Chairman Ruppersberger was hoping to get,” Mr. Petraeus wrote, referring to
        // Representative C. A. Dutch Ruppersberger")
        return m.start < f.start && !m.inQuote && (g != null || titled(m));
    }

    /** A capitalised title word right before the mention in its sentence ("President Obama", "Sen. Kennedy"). */
    private static boolean titled(Doc.NMention m) {
        if (m.tokFrom <= 0) {
            return false;
        }
        Doc.Tok t = m.doc.toks.get(m.tokFrom - 1);
        return t.sent == m.sent && "TITLE".equals(t.ner) && !t.word.isEmpty() && Character.isUpperCase(t.word.charAt(0));
    }

    private void attachSingle(Doc.NMention m, Cluster target, String fullText, String variantWhy, String why) {
        Cluster r = target.root();
        r.mentions.add(m);
        m.cluster = r;
        String line = m.text + " ~ " + fullText + ": " + why
                + (variantWhy != null && !variantWhy.isEmpty() ? " (" + variantWhy + ")" : "")
                + (m.retypedWhy != null ? "; " + m.retypedWhy : "");
        r.evidence.add(line);
    }

    // ---- entities

    private List<Cluster> finish(List<Doc> docs) {
        LinkedHashSet<Cluster> roots = new LinkedHashSet<>();
        for (Doc d : docs) {
            for (Doc.NMention m : d.mentions) {
                if (m.cluster != null) {
                    m.cluster = m.cluster.root();
                    if (roots.add(m.cluster)) {
                        m.cluster.mentions.clear();
                    }
                    m.cluster.mentions.add(m);
                }
            }
        }
        List<Cluster> out = new ArrayList<>(roots);
        int n = 0;
        for (Cluster c : out) {
            c.mentions.sort(Comparator.comparingInt((Doc.NMention m) -> docs.indexOf(m.doc))
                    .thenComparingInt(m -> m.start));
            c.id = "e" + (++n);
            c.name = canonical(c);
            if (c.cls.equals("PLACE") && c.name.length() >= 6 && c.name.equals(c.name.toUpperCase(Locale.ROOT))
                    && c.name.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ')) {
                c.name = titleCase(c.name); // a dateline's capitals ("WASHINGTON —") are no part of the name
            }
            if (c.cls.equals("PLACE") && STATE_ABBREVIATIONS.containsKey(nameKey(c.name)) && !c.name.endsWith(".")
                    && c.name.length() >= 2 && !c.name.equals(c.name.toUpperCase(Locale.ROOT))) {
                c.name = c.name + "."; // "Calif" where the sentence's end took the period of "Calif."
            }
            if (!NUMERIC.contains(c.cls) && DOTTED_INITIALS_CUT.matcher(c.name).find()) {
                // "ServiceMaster Companies L.P. <SVM>" (Reuters-00045): the tokenizer took the last period of
                // "L.P." for the sentence's end; initials written with periods keep all of them
                c.name = c.name + ".";
            }
            c.type = majorityType(c);
            if (c.type.equals("MISC") || c.type.equals("IDEOLOGY")) {
                // "Republicans", "Democrats" where no outlet writes "… Party": the party, an organisation
                String party = c.mentions.stream().filter(m -> !m.pronoun)
                        .map(m -> NameSynonyms.partyOfMembers(m.text)).filter(java.util.Objects::nonNull)
                        .findFirst().orElse(null);
                if (party != null) {
                    c.evidence.add(c.name + ": a political party, not a " + c.type.toLowerCase(Locale.ROOT)
                            + " (WordNet: its members' party, " + party + ")");
                    c.type = "ORGANIZATION";
                } else if (c.mentions.stream().anyMatch(m -> !m.pronoun
                        && NameSynonyms.isPoliticalParty(surface(m).replaceFirst("^(?i)the\\s+", "")))) {
                    // "the Labour party", "the Democratic party": NER's ideology, a party of WordNet
                    c.evidence.add(c.name + ": a political party, not a " + c.type.toLowerCase(Locale.ROOT)
                            + " (WordNet)");
                    c.type = "ORGANIZATION";
                }
            }
            Doc.NMention school = PLACE.contains(c.type) && !c.type.equals("COUNTRY")
                    ? c.mentions.stream().filter(m -> institutionNoun(m) != null).findFirst().orElse(null) : null;
            if (school != null) {
                c.type = "ORGANIZATION";
                c.evidence.add(c.name + ": an institution, not a place: \""
                        + school.doc.sents.get(school.sent).text + "\"");
            }
            Doc.NMention city = c.type.equals("STATE_OR_PROVINCE")
                    ? c.mentions.stream().filter(EntityKinds::locatesACity).findFirst().orElse(null) : null;
            if (city != null) {
                c.type = "CITY";
                c.evidence.add(c.name + ": a city, not a state: \"" + city.doc.sents.get(city.sent).text + "\"");
            } else if (c.type.equals("STATE_OR_PROVINCE") && NameSynonyms.isNationalCapital(c.name)
                    && c.mentions.stream().noneMatch(EntityKinds::namesAState)) {
                c.type = "CITY";
                c.evidence.add(c.name + ": the national capital, not the state of that name (WordNet has both): no "
                        + "mention says \"state\" or stands with other states, as news style does for the state");
            }
            Doc.NMention company = c.type.equals("LOCATION")
                    ? c.mentions.stream().filter(EntityKinds::namesACompany).findFirst().orElse(null) : null;
            if (company != null) {
                c.type = "ORGANIZATION";
                c.evidence.add(c.name + ": an organisation, not a place: \""
                        + company.doc.sents.get(company.sent).text + "\"");
            }
            c.gender = c.cls.equals("PERSON") ? genderOf(c.name) : null;
            if (c.cls.equals("PERSON")) {
                // "Ms. Bachmann" joined to "Michele Bachmann" over the list of first names: the honorifics say;
                // and where the list has no such first name ("Gennette Cordova", "Barack Obama"), the honorifics
                // alone give the person's gender ("Ms. Cordova", NYT), in every source
                Set<String> honorifics = new HashSet<>();
                for (Doc.NMention m : c.mentions) {
                    String g = m.pronoun ? null : honorificGender(m);
                    if (g != null) {
                        honorifics.add(g);
                    }
                }
                Set<String> nouns = new HashSet<>();
                if (honorifics.isEmpty() && c.gender == null) {
                    // "his wife Audrey" (BBC politics 400): a first name the list lacks, after a noun of one gender
                    for (Doc.NMention m : c.mentions) {
                        String g = Pronouns.genderOfNounBefore(m);
                        if (g != null) {
                            nouns.add(g);
                        }
                    }
                }
                if (honorifics.size() == 1) {
                    c.gender = honorifics.iterator().next();
                } else if (nouns.size() == 1) {
                    c.gender = nouns.iterator().next();
                    c.evidence.add(c.name + ": " + c.gender.toLowerCase(Locale.ROOT) + " by the noun before the "
                            + "name (\"wife\", \"spokesman\" …)");
                } else if (honorifics.isEmpty() && c.gender != null) {
                    // "Rio Ferdinand has said he is unsure" (BBC sport 124): CoreNLP's list has "Rio" as a woman's
                    // name; the pronouns right after the name, where no one else could be meant, say otherwise
                    String said = Pronouns.pronounGenderAfterName(c);
                    if (said != null && !said.equals(c.gender)) {
                        c.evidence.add(c.name + ": " + said.toLowerCase(Locale.ROOT) + " by the pronouns right after "
                                + "the name, against the list of first names");
                        c.gender = said;
                    }
                }
            }
        }
        return out;
    }

    /**
     * A place name in apposition with an institution noun ("Georgetown, the Jesuit university in Washington") is
     * the institution the corpus names with that noun after it ("Georgetown University"), when it has one.
     */
    private void mergeInstitutionNames() {
        // "a professor at Randolph-Macon" after "Randolph-Macon College" (NYT): an organisation's name less its
        // institution noun, when a source uses both and the corpus has one such longer name
        for (Map.Entry<String, Cluster> e : List.copyOf(byKey.entrySet())) {
            if (!e.getKey().startsWith("ORGANIZATION|")) {
                continue;
            }
            String name = e.getKey().substring("ORGANIZATION|".length());
            List<Cluster> longer = new ArrayList<>();
            for (String noun : INSTITUTIONS) {
                Cluster org = byKey.get("ORGANIZATION|" + name + " " + noun);
                if (org != null && !longer.contains(org.root())) {
                    longer.add(org.root());
                }
            }
            if (longer.size() != 1 || longer.get(0) == e.getValue().root()) {
                continue;
            }
            String both = sourceOfBoth(e.getValue().mentions, longer.get(0).mentions);
            if (both != null) {
                union(longer.get(0), e.getValue(), display(e.getValue()) + " ~ " + display(longer.get(0))
                        + ": the name less its institution noun, both used in " + both);
            }
        }
        for (Map.Entry<String, Cluster> e : List.copyOf(byKey.entrySet())) {
            if (!e.getKey().startsWith("PLACE|")) {
                continue;
            }
            for (Doc.NMention m : e.getValue().mentions) {
                String noun = institutionNoun(m);
                Cluster org = noun == null ? null
                        : byKey.get("ORGANIZATION|" + e.getKey().substring("PLACE|".length()) + " " + noun);
                if (org != null) {
                    union(org, e.getValue(), display(e.getValue()) + " ~ " + display(org) + ": \""
                            + m.doc.sents.get(m.sent).text + "\" names the " + noun);
                    break;
                }
            }
        }
    }

    /** A name ending in initials written with periods whose last period is gone: "L.P", "U.S". */
    private static final Pattern DOTTED_INITIALS_CUT = Pattern.compile("(?:^|\\s)(?:\\p{L}\\.)+\\p{L}$");

    private static String canonical(Cluster c) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Doc.NMention m : c.mentions) {
            counts.merge(surface(m), 1, Integer::sum);
        }
        // an abbreviation whose period the sentence end took ("Concord, Calif") is the one with it ("Calif.")
        for (String k : List.copyOf(counts.keySet())) {
            if (counts.containsKey(k + ".")) {
                counts.merge(k + ".", counts.remove(k), Integer::sum);
            }
        }
        // people and organisations go by their full name ("New York Times", not "Times"); places by the most used
        boolean full = c.cls.equals("PERSON") || c.cls.equals("ORGANIZATION");
        // a name as written with capitals ("Tea Party") before one source's lower case ("tea party")
        boolean named = !c.cls.equals("TITLE") && !NUMERIC.contains(c.cls);
        Comparator<Map.Entry<String, Integer>> order = Comparator.comparingInt(
                (Map.Entry<String, Integer> e) -> named && Character.isUpperCase(e.getKey().charAt(0)) ? 1 : 0)
                // a clipped short form ("Lib Dem") goes by the long form it clips ("Liberal Democrats")
                .thenComparingInt(e -> SYNONYM_CLASSES.contains(c.cls) && counts.keySet().stream().anyMatch(
                        o -> MentionRepairs.clips(nameKey(e.getKey()), nameKey(o))) ? 0 : 1)
                .thenComparingInt(e -> full && e.getKey().contains(" ") ? 1 : 0)
                .thenComparingInt(Map.Entry::getValue)
                .thenComparingInt(e -> c.cls.equals("TITLE") && e.getKey().contains(".") ? 0 : 1)
                .thenComparingInt(e -> ACRONYM.matcher(e.getKey()).matches() ? 0 : 1)
                .thenComparingInt(e -> e.getKey().split(" ").length)
                .thenComparingInt(e -> e.getKey().length());
        String best = null;
        Map.Entry<String, Integer> bestE = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (bestE == null || order.compare(e, bestE) > 0) {
                bestE = e;
                best = e.getKey();
            }
        }
        return best;
    }

    private static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder();
        for (String w : upper.toLowerCase(Locale.ROOT).split(" ")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return sb.toString();
    }

    private static String majorityType(Cluster c) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Doc.NMention m : c.mentions) {
            counts.merge(m.type, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(c.cls);
    }

}
