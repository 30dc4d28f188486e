package org.crosscheck.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.crosscheck.query.Cancel;
import org.crosscheck.query.QueryException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The session engine without a terminal, over the seeds. */
class SessionTest {
    static Workspace workspace;

    @BeforeAll
    static void open() throws Exception {
        workspace = SeedIndex.open();
    }

    @AfterAll
    static void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    @Test
    void resultsAreNumberedAndLetBindsANames() throws Exception {
        Session s = new Session(workspace.model());
        List<Session.Outcome> first = s.eval("sources\nlet bel = claims about Belgorod; $1 | count");
        assertEquals(List.of("$1", "bel", "$2"), first.stream().map(Session.Outcome::name).toList());
        assertEquals(5, first.get(0).table().rows().size());
        assertEquals("5", String.valueOf(first.get(2).table().rows().get(0).get(0)));
        assertTrue(first.get(1).let());
        assertTrue(s.lookup("$1").isPresent() && s.lookup("bel").isPresent());
        assertFalse(s.lookup("$3").isPresent());
        List<Session.Outcome> next = s.eval("bel | count");
        assertEquals("$3", next.get(0).name());
        assertEquals(List.of("sources", "let bel = claims about Belgorod", "$1 | count", "bel | count"),
                s.snippets().stream().map(sn -> sn.text().strip()).toList());
        assertTrue(s.variables().containsAll(List.of("$1", "$2", "$3", "bel")));
    }

    @Test
    void anErrorKeepsEarlierResultsAndThePosition() throws Exception {
        Session s = new Session(workspace.model());
        List<Session.Outcome> seen = new ArrayList<>();
        QueryException e = assertThrows(QueryException.class,
                () -> s.eval("sources | limit 2\n$7 | count\nsources", "story.ccq", seen::add));
        assertEquals("story.ccq", e.origin());
        assertEquals(2, e.line());
        assertEquals(1, seen.size(), "the first statement ran, the third did not");
        assertEquals(1, s.snippets().size());
        QueryException syntax = assertThrows(QueryException.class, () -> s.eval("sources | limt 2"));
        assertEquals(11, syntax.column());
        assertEquals("$2", s.eval("sources").get(0).name(), "failed statements take no number");
    }

    @Test
    void cancellingStopsTheEvaluationAndTheSessionGoesOn() throws Exception {
        Session s = new Session(workspace.model());
        Cancel cancel = new Cancel();
        List<Session.Outcome> seen = new ArrayList<>();
        // cancelled after the first result: the later statements do not run
        assertThrows(CancellationException.class, () -> s.eval("sources; claims; entities", Session.INPUT, cancel,
                o -> {
                    seen.add(o);
                    cancel.cancel();
                }));
        assertEquals(1, seen.size());
        assertFalse(s.busy());
        Cancel early = new Cancel();
        early.cancel();
        assertThrows(CancellationException.class, () -> s.eval("claims", Session.INPUT, early, o -> { }));
        assertEquals("$2", s.eval("sources | count").get(0).name());
        // Session.cancel() reaches the running evaluation's Cancel
        List<Session.Outcome> more = new ArrayList<>();
        assertThrows(CancellationException.class, () -> s.eval("sources; sources", Session.INPUT, o -> {
            more.add(o);
            s.cancel();
        }));
        assertEquals(1, more.size());
    }

    @Test
    void vocabularyHasEntityNamesSourceIdsAndVariables() throws Exception {
        Session s = new Session(workspace.model());
        assertTrue(s.entityNames().stream().anyMatch(n -> n.contains("Sybiha")), s.entityNames().toString());
        assertEquals(5, s.sourceIds().size());
        assertTrue(s.sourceIds().contains("002_307f1b5bf0e7b686"));
        s.eval("let x = sources");
        assertTrue(s.variables().contains("x"));
    }
}
