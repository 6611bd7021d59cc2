package mx.observa.understand;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every occurrence of many strings in a text, found in one pass over it (an Aho–Corasick automaton): the cost is the
 * text's length plus the occurrences, however many strings are looked for. A report that reveals many names makes
 * many words to look for; searching the text once per word made the work names × length, and a text of capitalised
 * invented words — what anyone can paste into the public form — reveals a name in nearly every sentence.
 */
final class StringOccurrences {

    private static final int ROOT = 0;

    private final List<String> strings;
    /** (state << 16 | char) → next state. */
    private final Map<Long, Integer> next = new HashMap<>();
    private int[] fail;
    /** The strings that end at a state, its own first ({@code -1}: none), and the next state on its suffix chain that has one. */
    private int[] ending;
    private int[] outputLink;
    private int states = 1;

    /** The strings to look for (an empty one is never found). */
    StringOccurrences(Collection<String> strings) {
        this.strings = List.copyOf(new java.util.LinkedHashSet<>(strings));
        int capacity = 1;
        for (String s : this.strings) {
            capacity += s.length();
        }
        ending = new int[capacity];
        Arrays.fill(ending, -1);
        for (int id = 0; id < this.strings.size(); id++) {
            String s = this.strings.get(id);
            if (s.isEmpty()) {
                continue;
            }
            int state = ROOT;
            for (int i = 0; i < s.length(); i++) {
                long key = key(state, s.charAt(i));
                Integer to = next.get(key);
                if (to == null) {
                    to = states++;
                    next.put(key, to);
                }
                state = to;
            }
            ending[state] = id;
        }
        ending = Arrays.copyOf(ending, states);
        links();
    }

    private static long key(int state, char c) {
        return (long) state << 16 | c;
    }

    /** The failure links, breadth first: the longest proper suffix of a state's string that is a state too. */
    private void links() {
        fail = new int[states];
        outputLink = new int[states];
        Arrays.fill(outputLink, -1);
        Map<Integer, List<long[]>> children = new HashMap<>();
        for (Map.Entry<Long, Integer> e : next.entrySet()) {
            int from = (int) (e.getKey() >>> 16);
            children.computeIfAbsent(from, k -> new ArrayList<>()).add(new long[] {e.getKey() & 0xFFFF, e.getValue()});
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (long[] child : children.getOrDefault(ROOT, List.of())) {
            fail[(int) child[1]] = ROOT;
            queue.add((int) child[1]);
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            for (long[] child : children.getOrDefault(state, List.of())) {
                char c = (char) child[0];
                int to = (int) child[1];
                int f = fail[state];
                while (f != ROOT && !next.containsKey(key(f, c))) {
                    f = fail[f];
                }
                Integer target = next.get(key(f, c));
                fail[to] = target == null || target == to ? ROOT : target;
                outputLink[to] = ending[fail[to]] >= 0 ? fail[to] : outputLink[fail[to]];
                queue.add(to);
            }
        }
    }

    /** Where each string occurs in {@code text}: its start offsets, ascending (overlapping occurrences too). */
    Map<String, int[]> in(String text) {
        Map<Integer, IntList> found = new LinkedHashMap<>();
        int state = ROOT;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Integer to = next.get(key(state, c));
            while (to == null && state != ROOT) {
                state = fail[state];
                to = next.get(key(state, c));
            }
            state = to == null ? ROOT : to;
            for (int s = ending[state] >= 0 ? state : outputLink[state]; s >= 0; s = outputLink[s]) {
                int id = ending[s];
                found.computeIfAbsent(id, k -> new IntList()).add(i + 1 - strings.get(id).length());
            }
        }
        Map<String, int[]> out = new HashMap<>();
        found.forEach((id, starts) -> out.put(strings.get(id), starts.toArray()));
        return out;
    }

    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
