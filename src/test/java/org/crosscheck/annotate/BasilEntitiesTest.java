package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Entity merging across three outlets of one event (BASIL): each person listed in the Main-Entities header should
 * be one entity, named by every outlet that mentions them, and not split into several. The number of events is
 * {@code -Dbasil.events} (default 4).
 */
class BasilEntitiesTest {
    private static final Path BASIL = Path.of("../shared/corpora/basil-dev");

    @Test
    void mainPeopleAreOneEntityEach() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(BASIL), "../shared/corpora/basil-dev is absent: skipped");
        List<Path> events;
        try (Stream<Path> s = Files.list(BASIL)) {
            events = s.filter(Files::isDirectory).sorted().limit(Integer.getInteger("basil.events", 4)).toList();
        }
        int people = 0;
        int whole = 0;
        int split = 0;
        int missing = 0;
        int sourcesCovered = 0;
        int sourcesNaming = 0;
        List<String> notes = new ArrayList<>();
        for (Path event : events) {
            Corpus c = CorpusBuilder.build(event, Progress.SILENT);
            Set<String> main = new LinkedHashSet<>();
            for (var s : c.sources()) {
                for (String name : s.meta().getOrDefault("main-entities", "").split(";")) {
                    String n = name.strip();
                    if (n.split("\\s+").length >= 2 && Character.isUpperCase(n.charAt(0))) {
                        main.add(n);
                    }
                }
            }
            for (String name : main) {
                String[] parts = name.split("\\s+");
                String surname = parts[parts.length - 1].toLowerCase(Locale.ROOT);
                List<Entity> hits = c.entities().stream().filter(e -> e.type().equals("PERSON"))
                        .filter(e -> (e.name() + " " + String.join(" ", e.aliases())).toLowerCase(Locale.ROOT)
                                .matches("(?s).*\\b" + surname + "\\b.*"))
                        .toList();
                // the entities that can be this person: named with the first name, or with the surname alone
                List<Entity> full = hits.stream()
                        .filter(e -> e.name().toLowerCase(Locale.ROOT).startsWith(parts[0].toLowerCase(Locale.ROOT))
                                || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name))
                                || !e.name().contains(" "))
                        .toList();
                if (hits.isEmpty()) {
                    // an organisation or group listed as a person, or a name no outlet uses
                    continue;
                }
                people++;
                if (full.size() == 1) {
                    whole++;
                    Entity e = full.get(0);
                    sourcesNaming += e.sources().size();
                    sourcesCovered += (int) c.sources().stream()
                            .filter(s -> s.text().toLowerCase(Locale.ROOT).contains(surname)).count();
                } else if (full.isEmpty()) {
                    missing++;
                    notes.add(event.getFileName() + ": " + name + " -> " + hits.stream().map(Entity::name).toList());
                } else {
                    split++;
                    notes.add(event.getFileName() + ": " + name + " split -> "
                            + hits.stream().map(e -> e.name() + e.aliases()).toList());
                }
            }
        }
        System.out.printf("BASIL, %d events: %d main people, %d one entity (named in %d of the %d outlets "
                + "using the surname), %d split, %d without a full-name entity%n", events.size(), people, whole,
                sourcesNaming, sourcesCovered, split, missing);
        notes.forEach(n -> System.out.println("  " + n));
        assertTrue(people > 0);
        assertTrue(whole >= 0.7 * people, whole + " of " + people);
    }
}
