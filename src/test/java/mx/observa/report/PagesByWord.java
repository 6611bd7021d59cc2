package mx.observa.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which of a list of pages hold a word, so that a planted string is looked for only on the pages that hold its words
 * instead of on every page: {@link PrivacyPublicationIT} checks every planted string (thousands, growing with each
 * privacy set) against every published page (hundreds, growing as well), and that product was most of its test JVM's
 * main thread after the service's own work. A page is named by its position in the list; answers keep the list's
 * order, so whatever is reported first is what a scan of every page would have reported first.
 */
final class PagesByWord {

    private final List<? extends Set<String>> wordsOfEachPage;
    private final Map<String, List<Integer>> pagesOf = new HashMap<>();

    /** @param wordsOfEachPage each page's words, in the pages' order (kept, not copied) */
    PagesByWord(List<? extends Set<String>> wordsOfEachPage) {
        this.wordsOfEachPage = wordsOfEachPage;
        for (int page = 0; page < wordsOfEachPage.size(); page++) {
            for (String word : wordsOfEachPage.get(page)) {
                pagesOf.computeIfAbsent(word, w -> new ArrayList<>()).add(page);
            }
        }
    }

    /** The pages, in order, that hold every one of {@code words} (every page when there are none). */
    List<Integer> holdingAll(Collection<String> words) {
        if (words.isEmpty()) {
            return java.util.stream.IntStream.range(0, wordsOfEachPage.size()).boxed().toList();
        }
        List<Integer> fewest = null;
        for (String word : words) {
            List<Integer> pages = pagesOf.getOrDefault(word, List.of());
            if (pages.isEmpty()) {
                return List.of(); // most strings: a word of theirs is on no page at all
            }
            if (fewest == null || pages.size() < fewest.size()) {
                fewest = pages;
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int page : fewest) {
            if (wordsOfEachPage.get(page).containsAll(words)) {
                out.add(page);
            }
        }
        return out;
    }

    /** The pages, in order, that hold at least one of {@code words}. */
    List<Integer> holdingAny(Collection<String> words) {
        TreeSet<Integer> pages = new TreeSet<>();
        for (String word : words) {
            pages.addAll(pagesOf.getOrDefault(word, List.of()));
        }
        return List.copyOf(pages);
    }
}
