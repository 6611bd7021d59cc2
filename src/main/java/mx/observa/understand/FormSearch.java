package mx.observa.understand;

import java.util.List;
import java.util.regex.Matcher;

/**
 * The matches of one form of a known name in a text, as {@code while (matcher.find())} over the whole text finds
 * them, but tried only where the form can match: around the occurrences of a word every match contains (the form's
 * anchor, {@link StringOccurrences}), or at the starts of runs of initials ({@link InitialRuns}). A report that
 * reveals thousands of names has thousands of forms; each scanning the whole text made the work names × length (a
 * text of capitalised invented words held the ingest for minutes), tried around its anchor it is the anchor's
 * occurrences × a window.
 *
 * <p>The same matches, in the same order, as the whole-text loop, as long as no match runs more than {@link #REACH}
 * characters before or after its anchor (a name of eight words with their particles and a title is under 200; words
 * parted by 300 blanks are no longer one name): each search starts where the last match ended or {@code REACH} before
 * the next occurrence, whichever is later, and ends {@code REACH} after it, later where a match found reaches that end
 * (another occurrence's match cut short); the bounds are transparent, so what the pattern looks at around a match (a
 * letter before or after it) is the whole text's.
 */
final class FormSearch {

    /** How far before or after its anchor a form's match may run. */
    static final int REACH = 300;

    private enum Way { EVERYWHERE, AROUND, AT }

    private final Matcher matcher;
    private final int length;
    private final Way way;
    private final int[] positions;
    private final int anchorLength;
    private int next;
    /** Where the last match ended: no later match starts before it, as in the whole-text loop. */
    private int end;
    /** Where the window around the current occurrence ends; -1: no window open. */
    private int windowEnd = -1;

    private FormSearch(Matcher matcher, int length, Way way, int[] positions, int anchorLength) {
        this.matcher = matcher.useTransparentBounds(true).useAnchoringBounds(false);
        this.length = length;
        this.way = way;
        this.positions = positions;
        this.anchorLength = anchorLength;
    }

    /** Over the whole text: a form that has no anchor. */
    static FormSearch everywhere(Matcher matcher, int length) {
        return new FormSearch(matcher, length, Way.EVERYWHERE, new int[0], 0);
    }

    /** Around the occurrences of the anchor (null: the anchor is not in the text, nothing is found). */
    static FormSearch around(Matcher matcher, int length, int[] occurrences, int anchorLength) {
        return new FormSearch(matcher, length, Way.AROUND, occurrences == null ? new int[0] : occurrences, anchorLength);
    }

    /** Starting only at these positions (ascending): every match of the form starts at one of them. */
    static FormSearch at(Matcher matcher, int length, List<Integer> starts) {
        return new FormSearch(matcher, length, Way.AT, starts.stream().mapToInt(Integer::intValue).toArray(), 0);
    }

    /** The next match, left in the matcher ({@link Matcher#start(int)}, {@link Matcher#end(int)}), or false. */
    boolean find() {
        return switch (way) {
            case EVERYWHERE -> matcher.find();
            case AT -> nextAt();
            case AROUND -> nextAround();
        };
    }

    private boolean nextAt() {
        while (next < positions.length) {
            int start = positions[next++];
            if (start < end) {
                continue;
            }
            matcher.region(start, length);
            if (matcher.lookingAt()) {
                end = matcher.end();
                return true;
            }
        }
        return false;
    }

    private boolean nextAround() {
        while (true) {
            int from = end;
            if (windowEnd < 0) {
                while (next < positions.length && positions[next] < end) {
                    next++;
                }
                if (next >= positions.length) {
                    return false;
                }
                int anchor = positions[next++];
                from = Math.max(end, anchor - REACH);
                windowEnd = Math.min(length, anchor + anchorLength + REACH);
            }
            if (from < windowEnd) {
                matcher.region(from, windowEnd);
                boolean found = matcher.find();
                // a match that reached the window's end may have been cut short: widened until none reaches it (a
                // search that found nothing always reached it; a match it missed has an occurrence of its own later)
                while (found && matcher.hitEnd() && windowEnd < length) {
                    windowEnd = Math.min(length, windowEnd + REACH);
                    matcher.region(from, windowEnd);
                    found = matcher.find();
                }
                if (found) {
                    end = matcher.end();
                    return true;
                }
            }
            windowEnd = -1;
        }
    }
}
