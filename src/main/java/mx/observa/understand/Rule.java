package mx.observa.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One way a topic can be recognised in a passage; returns every place where it fires. */
sealed interface Rule permits Rule.AnyPhrase, Rule.AllWithin {

    /**
     * Where a rule fired: token range (inclusive), the observer's own words that made it fire, the token of its
     * first phrase (the word a negation must reach to deny the match: "sin que nadie la <em>viera</em> votar"),
     * and the first token of each of its other phrases (a negation between them denies what follows it: "la fila
     * <em>nunca</em> fue larga").
     */
    record Match(int from, int to, String evidence, int anchor, List<Integer> parts) {

        Match(int from, int to, String evidence) {
            this(from, to, evidence, from, List.of());
        }
    }

    List<Match> find(AnalyzedText text);

    /** Fires wherever one of its phrases occurs. */
    record AnyPhrase(List<Phrase> phrases) implements Rule {
        public List<Match> find(AnalyzedText text) {
            // (start, phrase) of every occurrence, in text order and then in the order the phrases are written
            List<long[]> hits = new ArrayList<>();
            for (int k = 0; k < phrases.size(); k++) {
                Phrase phrase = phrases.get(k);
                for (int i : phrase.candidateStarts(text)) {
                    if (phrase.matchesAt(text, i)) {
                        hits.add(new long[] {i, k});
                    }
                }
            }
            hits.sort(Comparator.<long[]>comparingLong(h -> h[0]).thenComparingLong(h -> h[1]));
            List<Match> matches = new ArrayList<>(hits.size());
            for (long[] hit : hits) {
                int i = (int) hit[0];
                int to = i + phrases.get((int) hit[1]).length() - 1;
                matches.add(new Match(i, to, text.span(i, to)));
            }
            return matches;
        }
    }

    /**
     * Fires when every group has a phrase inside one window of {@code window} tokens (counted from the first
     * token of the first group to the last token of the last one) and inside one sentence (words of different
     * sentences say different things) — with {@code inClause}, inside one clause: a semicolon ends the construction;
     * with {@code coordinated} too, so does a coordinated clause with a subject of its own, which one of
     * {@code clauseStarts} opens («y el», «pero la»: {@code nueva_clausula} in the configuration, for the combinations
     * marked {@code misma_clausula}); with {@code ordered}, groups must appear in the order written. Evidence joins the
     * matched words with " … ".
     */
    record AllWithin(List<List<Phrase>> groups, int window, boolean ordered, boolean inClause, boolean coordinated,
                     List<Phrase> clauseStarts) implements Rule {

        AllWithin(List<List<Phrase>> groups, int window, boolean ordered) {
            this(groups, window, ordered, false, false, List.of());
        }

        /** The same rule kept in one clause, coordinated clauses opened by these phrases included ({@code misma_clausula}). */
        AllWithin withClauseStarts(List<Phrase> starts) {
            return new AllWithin(groups, window, ordered, true, true, List.copyOf(starts));
        }

        /**
         * The same rule kept inside one clause when its groups are in order ({@link #clauseStart}); a rule already
         * kept in one clause, coordinated clauses included ({@code misma_clausula}), stays so.
         */
        AllWithin clauseBound() {
            return coordinated ? this : new AllWithin(groups, window, ordered, ordered, false, List.of());
        }

        public List<Match> find(AnalyzedText text) {
            List<Match> matches = new ArrayList<>();
            List<Integer> firstGroupStarts = starts(text, groups.get(0));
            for (int anchor : firstGroupStarts) {
                Match m = completeFrom(text, anchor);
                if (m != null) {
                    matches.add(m);
                }
            }
            return matches;
        }

        private Match completeFrom(AnalyzedText text, int anchor) {
            int lo = Math.max(inClause ? clauseStart(text, anchor, window) : text.sentenceStart(anchor), ordered ? anchor : anchor - window);
            int hi = Math.min(inClause ? clauseEnd(text, anchor, window) : text.sentenceEnd(anchor), anchor + window);
            List<int[]> spans = new ArrayList<>();
            spans.add(new int[] {anchor, anchor + longestAt(text, groups.get(0), anchor) - 1});
            int previousEnd = spans.get(0)[1];
            for (int g = 1; g < groups.size(); g++) {
                int[] found = null;
                int searchFrom = ordered ? previousEnd + 1 : lo;
                for (int i = searchFrom; i <= hi; i++) {
                    int len = longestAt(text, groups.get(g), i);
                    if (len > 0 && i + len - 1 <= hi && !overlapsAny(spans, i, i + len - 1)) {
                        boolean nearer = found == null || Math.abs(i - anchor) < Math.abs(found[0] - anchor);
                        if (nearer) {
                            found = new int[] {i, i + len - 1};
                        }
                        if (ordered) {
                            break; // in order, the first one after the previous group is the nearest
                        }
                    }
                }
                if (found == null) {
                    return null;
                }
                spans.add(found);
                previousEnd = found[1];
            }
            int from = spans.stream().mapToInt(s -> s[0]).min().orElseThrow();
            int to = spans.stream().mapToInt(s -> s[1]).max().orElseThrow();
            if (to - from + 1 > window + 1) {
                return null;
            }
            List<int[]> inTextOrder = new ArrayList<>(spans);
            inTextOrder.sort((a, b) -> Integer.compare(a[0], b[0]));
            List<String> words = new ArrayList<>();
            for (int[] s : inTextOrder) {
                words.add(text.span(s[0], s[1]));
            }
            List<Integer> parts = new ArrayList<>();
            for (int[] s : spans.subList(1, spans.size())) {
                parts.add(s[0]);
            }
            return new Match(from, to, String.join(" … ", words), anchor, List.copyOf(parts));
        }

        /**
         * The first token of the anchor's clause, looking back no further than the window: a sentence starts one, and so
         * does a semicolon, which joins two statements that say different things ("el material llegó en la camioneta; la
         * gente ya se estaba yendo" tells no one brought people in the van). A colon or a question mark does not: a
         * label or a question and its answer say one thing together ("¿Cuántas personas acudieron? 57").
         */
        private int clauseStart(AnalyzedText text, int anchor, int window) {
            int start = text.sentenceStart(anchor);
            for (int i = anchor; i > start && anchor - i < window; i--) {
                if (semicolonBefore(text, i) || coordinated && coordinatedClauseAt(text, i)) {
                    return i;
                }
            }
            return start;
        }

        /** The last token of the anchor's clause, looking ahead no further than the window ({@link #clauseStart}). */
        private int clauseEnd(AnalyzedText text, int anchor, int window) {
            int end = text.sentenceEnd(anchor);
            for (int i = anchor + 1; i <= end && i - anchor <= window; i++) {
                if (semicolonBefore(text, i)) {
                    return i - 1;
                }
                if (coordinated && coordinatedClauseAt(text, i)) {
                    return i - 1 - opening(text, i); // the coordinator belongs to neither clause
                }
            }
            return end;
        }

        /**
         * Whether token {@code i} starts a coordinated clause with a subject of its own: the last word of a clause
         * start ({@code clauseStarts}: a coordinator and an article) ends on it, unbroken ("un vecino lo dijo y
         * <em>el</em> secretario volteó la mampara", "lo acompañó a la salida y <em>la</em> mampara se levantó"). What
         * the first clause did is not what the second one's subject did; «y a la mampara», «y en la mampara» go on
         * with the same act.
         */
        private boolean coordinatedClauseAt(AnalyzedText text, int i) {
            return opening(text, i) > 0;
        }

        /** How many tokens before {@code i} the clause start that ends on it begins (its coordinator), or 0 if none. */
        private int opening(AnalyzedText text, int i) {
            for (Phrase start : clauseStarts) {
                int from = i - start.length() + 1;
                if (start.length() >= 2 && from >= 0 && start.matchesAt(text, from) && unbroken(text, from, i)) {
                    return start.length() - 1;
                }
            }
            return 0;
        }

        private static boolean unbroken(AnalyzedText text, int from, int to) {
            for (int k = from + 1; k <= to; k++) {
                if (text.get(k).before() != AnalyzedText.Break.NONE) {
                    return false;
                }
            }
            return true;
        }

        /** Whether a semicolon stands between token {@code i} and the one before it. */
        private static boolean semicolonBefore(AnalyzedText text, int i) {
            AnalyzedText.Token token = text.get(i);
            return token.before() == AnalyzedText.Break.COLON
                    && text.text().substring(text.get(i - 1).end(), token.start()).indexOf(';') >= 0;
        }

        private static boolean overlapsAny(List<int[]> spans, int from, int to) {
            for (int[] s : spans) {
                if (from <= s[1] && s[0] <= to) {
                    return true;
                }
            }
            return false;
        }

        private static int longestAt(AnalyzedText text, List<Phrase> alternatives, int i) {
            return text.longestAt(alternatives, i);
        }

        /**
         * Where one of the alternatives matches, in text order. Gathered from where each may start, without a walk
         * over the passage: most rules' first group occurs nowhere in a given passage, and there are hundreds of rules.
         */
        private static List<Integer> starts(AnalyzedText text, List<Phrase> alternatives) {
            java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
            for (Phrase p : alternatives) {
                for (int i : p.candidateStarts(text)) {
                    if (p.matchesAt(text, i)) {
                        starts.add(i);
                    }
                }
            }
            return starts.isEmpty() ? List.of() : List.copyOf(starts);
        }
    }
}
